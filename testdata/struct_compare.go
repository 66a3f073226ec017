// Equality of structs and arrays, including nested ones, floats (NaN, -0) and strings.
package main

import "fmt"

type Inner struct {
	A int8
	B string
}

type Outer struct {
	In    Inner
	Arr   [3]uint16
	F     float64
	Flag  bool
	Ptr   *int
	Label string
}

type Key struct {
	X, Y int
}

func main() {
	x := 1
	o1 := Outer{In: Inner{1, "b"}, Arr: [3]uint16{1, 2, 3}, F: 1.5, Flag: true, Ptr: &x, Label: "o"}
	o2 := o1
	fmt.Println(o1 == o2)
	o2.In.B = "c"
	fmt.Println(o1 == o2, o1.In == o2.In, o1.Arr == o2.Arr)
	o2 = o1
	o2.Arr[2] = 4
	fmt.Println(o1 == o2, o1.Arr != o2.Arr)
	o2 = o1
	y := 1
	o2.Ptr = &y
	fmt.Println(o1 == o2, *o1.Ptr == *o2.Ptr)
	zero := 0.0
	nan := zero / zero
	o2 = o1
	o1.F, o2.F = nan, nan
	fmt.Println(o1 == o2)
	o1.F, o2.F = zero, -zero
	fmt.Println(o1 == o2)
	a1 := [2]Inner{{1, "x"}, {2, "y"}}
	a2 := [2]Inner{{1, "x"}, {2, "y"}}
	fmt.Println(a1 == a2, a1[1] == Inner{2, "y"})
	a2[0].A = -1
	fmt.Println(a1 == a2)
	keys := []Key{{1, 2}, {3, 4}, {1, 2}, {5, 6}, {3, 4}}
	var unique []Key
	for _, k := range keys {
		seen := false
		for _, u := range unique {
			if u == k {
				seen = true
				break
			}
		}
		if !seen {
			unique = append(unique, k)
		}
	}
	fmt.Println(len(unique), unique[2].X, unique[2].Y)
	fa := [2]float64{nan, 1}
	fmt.Println(fa == fa, fa[1] == fa[1])
	type Named struct{ S string }
	fmt.Println(Named{"a" + "b"} == Named{"ab"}, Named{} == Named{""})
	anon1 := struct{ A, B int }{1, 2}
	anon2 := struct{ A, B int }{1, 2}
	fmt.Println(anon1 == anon2)
	var e1, e2 [0]int
	fmt.Println(e1 == e2)
	ss1 := [2]string{"hello", "world"}
	ss2 := [2]string{"hel" + "lo", "wor" + "ld"}
	fmt.Println(ss1 == ss2)
}
