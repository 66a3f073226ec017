package main

import (
	"fmt"
	"strconv"
)

// Runtime errors panic through the same path as panic(v): they run deferred calls,
// recover() returns a runtime.Error whose Error() is gc's message, and a recovered
// program goes on.  Nil dereferences found by the hardware (SIGSEGV) included.

type node struct {
	value int
	next  *node
}

type shape interface{ area() int }

type square struct{ side int }

func (s square) area() int { return s.side * s.side }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			_, isRuntime := r.(interface{ RuntimeError() })
			fmt.Printf("%-10s %v (runtime error: %v)\n", name, err, isRuntime)
			return
		}
		fmt.Printf("%-10s %v\n", name, r)
	}()
	f()
}

var sink int

func main() {
	values := []int{1, 2, 3}
	index := 5
	try("index", func() { sink = values[index] })
	try("negative", func() { sink = values[index-8] })
	try("slice", func() { sink = len(values[1:index]) })
	try("slice2", func() { sink = len(values[index-3 : 1]) })
	text := "héllo"
	try("string", func() { sink = int(text[index+10]) })
	var array [4]int
	try("array", func() { sink = array[index%8] })

	zero := 0
	try("divide", func() { sink = 10 / zero })
	try("modulo", func() { sink = 10 % zero })
	shift := -1
	try("shift", func() { sink = 1 << shift })

	var p *node
	try("nil field", func() { sink = p.value })
	try("nil write", func() { p.next = &node{} })
	list := &node{1, nil}
	try("nil chain", func() { sink = list.next.next.value })
	var ip *int
	try("nil deref", func() { sink = *ip })
	var arrayPointer *[3]int
	try("nil array", func() { sink = arrayPointer[index-4] })

	var m map[string]int
	try("nil map", func() { m["a"] = 1 })
	try("nil map ok", func() { sink = m["missing"] })

	var anything interface{} = "text"
	try("assert", func() { sink = anything.(int) })
	var s shape
	try("nil iface", func() { sink = s.area() })
	try("assert nil", func() { sink = s.(square).side })
	s = square{3}
	try("iface ok", func() { sink = s.area() })

	try("makeslice", func() { sink = len(make([]int, index-10)) })
	try("custom", func() { panic(fmt.Errorf("custom %d", 7)) })
	try("atoi", func() {
		_, err := strconv.Atoi("12x")
		panic(err)
	})
	var f func()
	try("nil func", func() { f() })

	// after all of that the program is still fine
	fmt.Println("done", sink)
}
