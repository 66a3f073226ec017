package main

import "unsafe"

func main() {
	var x int
	_ = unsafe.Sizeof(1, 2)
	_ = unsafe.Sizeof()
	_ = unsafe.Sizeof(int)
	_ = unsafe.Sizeof(nil)
	unsafe.Sizeof(x)
	_ = unsafe.Foo
	f := unsafe.Alignof
	_ = f
	defer unsafe.Sizeof(1)
	go unsafe.Add(nil, 1)
	var b [unsafe.Sizeof(x) + 1]byte
	var n int = b
}
