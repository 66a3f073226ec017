// Zero values of every type in scope, for variables, struct fields, array and slice elements, and new.
package main

import "fmt"

type All struct {
	B   bool
	I   int
	I8  int8
	U16 uint16
	I32 int32
	U64 uint64
	F32 float32
	F64 float64
	S   string
	R   rune
	By  byte
	P   *int
	Sl  []int
	Ar  [2]int
	In  struct{ X, Y int }
}

func main() {
	var a All
	fmt.Println(a.B, a.I, a.I8, a.U16, a.I32, a.U64, a.F32, a.F64)
	fmt.Printf("%q %d %d %t %t %d %d %d\n", a.S, a.R, a.By, a.P == nil, a.Sl == nil, len(a.Sl), a.Ar[1], a.In.Y)
	p := new(All)
	fmt.Println(p.I == 0, p.S == "", p.P == nil, p.In.X)
	var arr [3]All
	fmt.Println(arr[2].I, arr[0].S == "", len(arr[1].Sl))
	s := make([]All, 2)
	fmt.Println(s[1].F64, s[1].Sl == nil)
	var strs [3]string
	fmt.Println(len(strs[0]), strs[1] == "")
	bs := make([]byte, 3)
	fmt.Println(bs[0], bs[1], bs[2])
	var grid [2][2]float64
	fmt.Println(grid[1][1])
	var ptr *All
	fmt.Println(ptr == nil)
	var ip *int = new(int)
	fmt.Println(*ip)
	var f32 float32
	var f64 float64
	fmt.Printf("%v %v %.1f %e\n", f32, f64, f32, f64)
	x := 5
	x = 0
	var y int
	fmt.Println(x == y)
	var z All
	z.I = 1
	z.I = 0
	fmt.Println(z.I == a.I, z.S == a.S, z.Ar == a.Ar, z.In == a.In)
}
