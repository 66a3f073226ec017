package main

import (
	"fmt"
	"unsafe"
)

type Inner struct {
	A byte
	B int32
	C [3]int16
}

type Outer struct {
	Flag bool
	Inner
	Name  string
	Parts []int
	Any   interface{}
	F     float32
	Z     complex128
}

type Node struct {
	next *Node
	val  int
}

const wordSize = unsafe.Sizeof(uintptr(0))

var table [unsafe.Sizeof(Outer{})]byte

func sizes() {
	var o Outer
	fmt.Println(unsafe.Sizeof(o), unsafe.Alignof(o), len(table), wordSize)
	fmt.Println(unsafe.Offsetof(o.Flag), unsafe.Offsetof(o.Inner), unsafe.Offsetof(o.Name),
		unsafe.Offsetof(o.Parts), unsafe.Offsetof(o.Any), unsafe.Offsetof(o.F), unsafe.Offsetof(o.Z))
	// through the embedded field, and spelled out
	fmt.Println(unsafe.Offsetof(o.B), unsafe.Offsetof(o.Inner.B), unsafe.Offsetof(o.C), unsafe.Offsetof((o.Inner).C))
	po := &o
	fmt.Println(unsafe.Offsetof(po.Name))
	fmt.Println(unsafe.Sizeof(int8(0)), unsafe.Sizeof(int16(0)), unsafe.Sizeof(0), unsafe.Sizeof(1.5),
		unsafe.Sizeof("s"), unsafe.Sizeof([]int{}), unsafe.Sizeof(map[int]int{}), unsafe.Sizeof(o.Any),
		unsafe.Sizeof(complex64(0)), unsafe.Sizeof([5]int32{}), unsafe.Sizeof(struct{}{}), unsafe.Sizeof(true))
	fmt.Println(unsafe.Alignof(int8(0)), unsafe.Alignof(int16(0)), unsafe.Alignof(o.Z), unsafe.Alignof(complex64(0)),
		unsafe.Alignof(o.Inner), unsafe.Alignof("s"), unsafe.Alignof([3]int16{}))
	fmt.Printf("%T %T\n", unsafe.Sizeof(o), unsafe.Offsetof(o.Name))
	var x uint64 = 7
	fmt.Println(unsafe.Sizeof(x+1), x) // not evaluated
}

func conversions() {
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Printf("%#x\n", bits)
	arr := [4]int32{10, 20, 30, 40}
	p := unsafe.Pointer(&arr[0])
	third := (*int32)(unsafe.Pointer(uintptr(p) + 2*unsafe.Sizeof(arr[0])))
	fmt.Println(*third)
	*third = 33
	fmt.Println(arr)
	second := (*int32)(unsafe.Add(p, 4))
	fmt.Println(*second, *(*int32)(unsafe.Add(unsafe.Pointer(second), -4)))
	var o Outer
	o.Name = "field"
	name := (*string)(unsafe.Add(unsafe.Pointer(&o), unsafe.Offsetof(o.Name)))
	fmt.Println(*name)
	var nilp unsafe.Pointer
	fmt.Println(nilp == nil, p == nil, p == unsafe.Pointer(&arr), uintptr(nilp))
	var i interface{} = p
	_, ok := i.(unsafe.Pointer)
	fmt.Println(ok)
}

func slices() {
	arr := [5]int{1, 2, 3, 4, 5}
	s := unsafe.Slice(&arr[1], 3)
	fmt.Println(s, len(s), cap(s))
	s[0] = 20
	fmt.Println(arr)
	var n uint8 = 2
	fmt.Println(unsafe.Slice(&arr[0], n))
	str := "hello, world"
	data := unsafe.Slice((*byte)(unsafe.Pointer(*(**byte)(unsafe.Pointer(&str)))), len(str))
	fmt.Println(string(data[7:]))
	var np *int
	fmt.Println(unsafe.Slice(np, 0) == nil, len(unsafe.Slice(np, 0)))
}

// keep a list alive only through unsafe.Pointer values while the collector runs
func collector() {
	var head unsafe.Pointer
	for i := 0; i < 1000; i++ {
		n := &Node{next: (*Node)(head), val: i}
		head = unsafe.Pointer(n)
	}
	holders := make([]unsafe.Pointer, 0)
	for i := 0; i < 200; i++ {
		b := make([]int, 100)
		b[99] = i
		holders = append(holders, unsafe.Pointer(&b[0]))
	}
	garbage := 0
	for i := 0; i < 20000; i++ {
		g := make([]int, 64)
		garbage += len(g)
	}
	sum := 0
	for n := (*Node)(head); n != nil; n = n.next {
		sum += n.val
	}
	total := 0
	for _, h := range holders {
		total += *(*int)(unsafe.Add(h, 99*8))
	}
	fmt.Println(sum, total, garbage)
}

func main() {
	sizes()
	conversions()
	slices()
	collector()
	defer func() {
		fmt.Println("recovered:", recover())
		var arr [2]int
		n := -1
		_ = unsafe.Slice(&arr[0], n)
	}()
	var np *int
	_ = unsafe.Slice(np, 3)
}
