package main

import "unsafe"

type T struct {
	a int
	b string
}

func (T) M() {}

type P struct {
	*T
	d int
}

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
	y int
}

func main() {
	var t T
	var x int
	var p P
	var c C
	_ = unsafe.Offsetof(x)
	_ = unsafe.Offsetof(t.M)
	_ = unsafe.Offsetof(p.a)
	_ = unsafe.Offsetof(p.d)
	_ = unsafe.Offsetof(c.X)
	_ = unsafe.Offsetof(c.z)
	_ = unsafe.Offsetof(C.y)
	_ = unsafe.Offsetof(undefinedthing)
	_ = unsafe.Offsetof(c.y, 1)
}
