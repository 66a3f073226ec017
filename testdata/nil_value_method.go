package main

import "fmt"

// A value method of T called through a nil *T (an interface holding the nil pointer, or
// the method expression (*T).F) panics in gc's wrapper with its own message; a method
// promoted through a nil *Outer dereferences the pointer and panics as any nil access.

type T struct{ a int }

func (t T) F() int { return t.a }

type Outer struct {
	T
	b int
}

type I interface{ F() int }

//go:noinline
func call(i I) int { return i.F() }

func try(name string, f func() int) {
	defer func() {
		r := recover()
		_, isError := r.(error)
		fmt.Println(name, "recovered:", r, isError)
	}()
	fmt.Println(name, "returned", f())
}

func main() {
	fmt.Println(call(&T{7}))
	try("method expression", func() int { return (*T).F(nil) })
	try("promoted", func() int {
		var o *Outer
		return call(o)
	})
	try("bound", func() int {
		var p *T
		g := (*T).F
		return g(p)
	})
	var p *T
	fmt.Println(call(p))
}
