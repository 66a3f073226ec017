// Type declarations: named basic types, named composites, local types, conversions among them.
package main

import "fmt"

type ID int64
type Name string
type Score float32
type Flags uint8
type Vector [3]float64
type IDs []ID
type Pair struct {
	Key   Name
	Value ID
}
type Pairs []Pair
type Grid [2][3]int

func sumIDs(ids IDs) ID {
	var total ID
	for _, id := range ids {
		total += id
	}
	return total
}

func dot(a, b Vector) float64 {
	return a[0]*b[0] + a[1]*b[1] + a[2]*b[2]
}

func main() {
	var id ID = 42
	n := int64(id) * 2
	id2 := ID(n)
	fmt.Println(id, n, id2, id2 > id)
	var nm Name = "gopher"
	s := string(nm) + "!"
	fmt.Println(nm, s, len(nm), nm[0], nm < "z")
	sc := Score(9.75)
	fmt.Println(sc, float64(sc)*2)
	var f Flags = 1<<0 | 1<<3
	f |= 1 << 5
	fmt.Printf("%08b %d\n", f, f)
	v := Vector{1, 2, 3}
	w := v
	w[0] = 10
	fmt.Println(dot(v, w), v[0])
	ids := IDs{1, 2, 3}
	ids = append(ids, 4)
	fmt.Println(sumIDs(ids), len(ids))
	plain := []ID{5, 6}
	fmt.Println(sumIDs(plain))
	ps := Pairs{{"a", 1}, {Key: "b", Value: 2}}
	ps = append(ps, Pair{"c", 3})
	for _, p := range ps {
		fmt.Print(p.Key, "=", p.Value, " ")
	}
	fmt.Println()
	var g Grid
	g[1][2] = 5
	fmt.Println(g[1][2], len(g), len(g[0]))
	type Local struct{ A, B int }
	type LocalInt int
	l := Local{1, 2}
	li := LocalInt(7)
	fmt.Println(l.A+l.B, li*2)
	type Celsius = float64
	var c Celsius = 36.6
	var f64 float64 = c
	fmt.Println(c, f64)
	fmt.Printf("%T %T %T %T %T\n", id, nm, sc, f, c)
	bs := []byte(nm)
	fmt.Println(Name(bs[1:3]), string(Name("x")))
}
