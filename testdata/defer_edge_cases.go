package main

import (
	"errors"
	"fmt"
)

// Corner cases of defer and recover: deep recursion unwound by one panic, panics
// raised by deferred calls during a normal return, runtime errors inside deferred
// calls, goto and loops around defer statements, recover in a function that
// panicked itself, and defers in init and in package-level closures.

var order []string

func init() {
	defer func() { order = append(order, "init deferred") }()
	order = append(order, "init body")
}

var makeCounter = func() func() int {
	n := 0
	return func() int {
		defer func() { n++ }()
		return n
	}
}()

func depth(n int) (reached int) {
	defer func() {
		if n == 0 {
			if r := recover(); r != nil {
				reached = r.(int)
			}
		}
	}()
	if n == 5000 {
		panic(n)
	}
	return depth(n + 1)
}

func panicOnReturn() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught %v", r)
		}
	}()
	defer func() { panic("from a deferred call at return") }()
	return errors.New("original result")
}

func runtimeErrorInDefer() (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	defer func() {
		var s []int
		s[3] = 1
	}()
	return "not this"
}

func gotoWithDefer() (out []int) {
	i := 0
again:
	defer func(v int) { out = append(out, v) }(i)
	i++
	if i < 4 {
		goto again
	}
	return nil
}

func loopClosures() (sum int) {
	for i := 0; i < 3; i++ {
		defer func() { sum += i }() // one i for the whole loop (Go 1.19): 3 each time
	}
	return 0
}

func selfRecover() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = "recovered " + fmt.Sprint(r)
		}
	}()
	result = "partial"
	var p *struct{ x int }
	p.x = 1
	return "finished"
}

func repanicLevels(level int) {
	defer func() {
		r := recover()
		if level < 3 {
			panic(fmt.Sprint(r, "<", level))
		}
		fmt.Println("top level got:", r)
	}()
	if level == 0 {
		panic("bottom")
	}
	repanicLevels(level - 1)
}

type resource struct {
	name   string
	closed bool
}

func (r *resource) Close() { r.closed = true; order = append(order, "closed "+r.name) }

func useResources() (err error) {
	a := &resource{name: "a"}
	defer a.Close()
	b := &resource{name: "b"}
	defer b.Close()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("use failed: %v", r)
		}
	}()
	panic("disk full")
}

func deferredNilFunc() (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	var f func()
	defer f()
	return "unreached"
}

func main() {
	c := makeCounter
	fmt.Println(c(), c(), c())
	fmt.Println(depth(0))
	fmt.Println(panicOnReturn())
	fmt.Println(runtimeErrorInDefer())
	fmt.Println(gotoWithDefer())
	fmt.Println(loopClosures())
	fmt.Println(selfRecover())
	repanicLevels(3)
	fmt.Println(useResources())
	fmt.Println(deferredNilFunc())
	fmt.Println(order)
}
