// Method expressions: T.M and (*T).M are functions taking the receiver first;
// I.M takes an interface value; promoted methods work through embedding.
package main

import "fmt"

type Vec struct{ X, Y int }

func (v Vec) Add(w Vec) Vec  { return Vec{v.X + w.X, v.Y + w.Y} }
func (v Vec) Dot(w Vec) int  { return v.X*w.X + v.Y*w.Y }
func (v *Vec) Scale(k int)   { v.X *= k; v.Y *= k }
func (v Vec) String() string { return fmt.Sprintf("<%d,%d>", v.X, v.Y) }

type Named struct {
	Vec
	Name string
}

type Stringer interface{ String() string }

type Temp float64

func (t Temp) Celsius() float64    { return float64(t) }
func (t Temp) Fahrenheit() float64 { return float64(t)*9/5 + 32 }

func reduce(vs []Vec, f func(Vec, Vec) Vec) Vec {
	acc := Vec{}
	for _, v := range vs {
		acc = f(acc, v)
	}
	return acc
}

func main() {
	add := Vec.Add
	fmt.Println(add(Vec{1, 2}, Vec{3, 4}))
	dot := Vec.Dot
	fmt.Println(dot(Vec{1, 2}, Vec{3, 4}))

	scale := (*Vec).Scale
	v := Vec{2, 3}
	scale(&v, 10)
	fmt.Println(v)

	addPtr := (*Vec).Add // value method through a pointer
	fmt.Println(addPtr(&v, Vec{1, 1}))

	fmt.Println(reduce([]Vec{{1, 1}, {2, 2}, {3, 3}}, Vec.Add))

	str := Stringer.String
	fmt.Println(str(v), str(Temp(3)) == "")

	n := Named{Vec{5, 6}, "n"}
	fmt.Println(Named.Dot(n, Vec{1, 1}), Named.String(n))
	(*Named).Scale(&n, 2)
	fmt.Println(n.Vec, (*Named).Add(&n, Vec{1, 0}))

	conversions := []func(Temp) float64{Temp.Celsius, Temp.Fahrenheit}
	for _, conv := range conversions {
		fmt.Println(conv(100))
	}
	fmt.Println(Vec.String(Vec{7, 8}), Temp.Fahrenheit(-40))
	fmt.Printf("%T\n%T\n%T\n", Vec.Add, (*Vec).Scale, Stringer.String)
}

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }
