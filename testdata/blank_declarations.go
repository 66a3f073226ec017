package main

import "fmt"

// Blank functions and methods (any number of them, never callable, bodies compiled),
// and blank variables declared inside functions, whose initialisers still run.

type Header struct{ a, b int }

type U struct{ v int }

func (U) _()            {}
func (U) _(x int) int   { return x }
func (u *U) _()         { u.v++ }
func (u U) Get() int    { return u.v }
func _()                {}
func _(s string) string { f := func() string { return s + s }; return f() }

type Getter interface{ Get() int }

var calls int

func count() int { calls++; return calls }

func main() {
	type X Header
	var _ interface{} = X{}
	var _ interface{} = X{1, count()}
	var _ = X{b: count()}
	var _, _ = count(), X{}
	var i interface{} = X{3, 4}
	fmt.Println(i, calls)
	var g Getter = U{5}
	fmt.Println(g.Get(), U{6})
}
