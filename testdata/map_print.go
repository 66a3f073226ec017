package main

import (
	"fmt"
	"math"
)

type Point struct {
	X, Y int
}

type Inventory struct {
	Owner string
	Items map[string]int
}

type Celsius float64

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(m)
	fmt.Printf("%v\n%+v\n%#v\n%T\n", m, m, m, m)
	fmt.Printf("%d %x %5v|%-4v|\n", m, m, m, m)
	fmt.Println(fmt.Sprint(m), fmt.Sprintf("%v", m) == fmt.Sprint(m))

	var nilMap map[string]bool
	fmt.Println(nilMap)
	fmt.Printf("%v %#v %T %d\n", nilMap, nilMap, nilMap, len(nilMap))
	empty := map[int]int{}
	fmt.Printf("%v %#v\n", empty, empty)

	// integer keys sort numerically, negative first
	ints := map[int]string{10: "ten", -5: "minus five", 2: "two", 100: "hundred", 0: "zero"}
	fmt.Println(ints)
	fmt.Printf("%#v\n", ints)
	uints := map[uint8]bool{255: true, 0: false, 17: true}
	fmt.Println(uints)

	// floats: NaN first, then numeric order; -0 prints as -0
	floats := map[float64]string{2.5: "b", -1: "a", math.Inf(1): "inf", 1e21: "big"}
	floats[math.NaN()] = "nan"
	fmt.Println(floats)
	fmt.Printf("%.1f\n", map[float64]float64{1.25: 2.5, 0.5: 1})
	temps := map[Celsius]int{37.5: 1, -10: 2}
	fmt.Printf("%v %T\n", temps, temps)

	// bools: false first
	fmt.Println(map[bool]string{true: "yes", false: "no"})

	// struct keys sort field by field; struct values print with %+v
	points := map[Point]string{{2, 1}: "c", {1, 5}: "b", {1, 2}: "a"}
	fmt.Println(points)
	byName := map[string]Point{"origin": {0, 0}, "unit": {1, 1}}
	fmt.Printf("%v\n%+v\n%#v\n", byName, byName, byName)

	// array keys
	fmt.Println(map[[2]int]int{{2, 1}: 1, {1, 9}: 2, {1, 2}: 3})

	// strings: byte order
	fmt.Println(map[string]int{"b": 1, "B": 2, "ab": 3, "a": 4, "": 5, "é": 6})
	fmt.Printf("%q\n", map[string]string{"k\"ey": "v\nal", "x": "y"})

	// nested maps, maps of slices, maps inside structs and slices
	nested := map[string]map[string]int{
		"fruit": {"apple": 3, "banana": 1},
		"veg":   {"carrot": 2},
		"none":  nil,
	}
	fmt.Println(nested)
	fmt.Printf("%#v\n", nested)
	lists := map[int][]string{2: {"b", "c"}, 1: {"a"}, 3: nil}
	fmt.Println(lists)
	fmt.Printf("%#v\n", lists)
	inv := Inventory{"ann", map[string]int{"pen": 2, "book": 1}}
	fmt.Println(inv)
	fmt.Printf("%+v\n", inv)
	fmt.Printf("%#v\n", inv)
	fmt.Println([]map[string]int{{"x": 1}, nil, {}})
	pm := &m
	fmt.Println(pm == nil, *pm)
	fmt.Printf("%v\n", &inv)
	ptrValues := map[string]*int{"nil": nil}
	fmt.Println(ptrValues)

	// %T of assorted map types
	fmt.Printf("%T %T %T %T\n", nested, lists, points, map[*Point][]map[int]bool{})
	fmt.Printf("%T %T\n", map[string]struct{}{}, map[[2]int]Celsius{})
	set := map[string]struct{}{"x": {}, "y": {}}
	fmt.Println(set)
	fmt.Printf("%v %+v %#v\n", set, set, set)
}
