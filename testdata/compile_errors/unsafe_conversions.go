package main

import "unsafe"

func main() {
	var x int
	var f float64
	var q unsafe.Pointer
	_ = unsafe.Pointer(f)
	_ = *q
	_ = q + 1
	_ = uintptr(&x)
	_ = (*float64)(&x)
	_ = int(q)
	_ = unsafe.Pointer(x)
	var s []int = q
	_ = s
	_ = (*float64)(unsafe.Pointer(&x))
	_ = unsafe.Pointer(uintptr(unsafe.Pointer(&x)) + 8)
}
