package main

import "unsafe"

type C struct{ y int }

func main() {
	var x int
	var f float64
	var c C
	var q unsafe.Pointer
	_ = unsafe.Add(&x, 1)
	_ = unsafe.Add(unsafe.Pointer(&x), 1.5)
	_ = unsafe.Add(q, "a")
	_ = unsafe.Add(q, f)
	_ = unsafe.Slice(x, 1)
	_ = unsafe.Slice(&x, f)
	_ = unsafe.Slice(&x, -1)
	_ = unsafe.Slice(nil, 1)
	_ = unsafe.Slice(&c, c)
}
