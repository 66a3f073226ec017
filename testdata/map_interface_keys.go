package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
}

type Square struct{ Side float64 }
type Circle struct{ R float64 }

func (s Square) Area() float64  { return s.Side * s.Side }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

func main() {
	// empty-interface keys: the dynamic type is part of the key
	m := map[interface{}]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m[1.0] = "float 1"
	m["1"] = "string 1"
	m[true] = "true"
	m[nil] = "nil"
	m[[2]int{1, 2}] = "array"
	m[struct{ A, B int }{1, 2}] = "struct"
	fmt.Println(len(m), m[1], m[int64(1)], m[1.0], m["1"], m[true], m[nil])
	fmt.Println(m[[2]int{1, 2}], m[struct{ A, B int }{1, 2}], m[uint(1)] == "", m[false] == "")
	var key interface{} = 1
	m[key] = "replaced"
	fmt.Println(m[1], len(m))
	delete(m, 1)
	delete(m, "absent")
	_, ok := m[1]
	fmt.Println(ok, len(m))

	// any with strings only: prints sorted
	words := map[any]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(words)
	ints := map[interface{}]bool{3: true, 1: false, 2: true}
	fmt.Println(ints)

	// non-empty interface keys
	c1 := &Circle{1}
	shapes := map[Shape]string{Square{2}: "square", c1: "circle"}
	fmt.Println(shapes[Square{2}], shapes[c1], shapes[&Circle{1}] == "", len(shapes))
	total := 0.0
	for s := range shapes {
		total += s.Area()
	}
	fmt.Println(total)

	// Stringer keys and values print through String()
	colors := map[Color]int{2: 20, 0: 0, 1: 10}
	fmt.Println(colors)
	names := map[string]fmt.Stringer{"x": Color(1)}
	fmt.Println(names)

	// error values as keys compare by identity of the pointer inside
	e1 := errors.New("boom")
	e2 := errors.New("boom")
	errs := map[error]int{e1: 1, e2: 2}
	fmt.Println(len(errs), errs[e1], errs[e2])

	// interface values holding floats follow float rules
	fm := map[interface{}]int{}
	zero := 0.0
	fm[zero] = 1
	fm[-zero] = 2
	fmt.Println(len(fm), fm[0.0])

	// interface values in map values
	mixed := map[string]interface{}{"n": 42, "s": "str", "f": 1.5, "nil": nil, "list": []int{1, 2}}
	fmt.Println(mixed)
	fmt.Printf("%v %d\n", mixed["n"], mixed["n"])
	if n, ok := mixed["n"].(int); ok {
		fmt.Println("int", n+1)
	}
}
