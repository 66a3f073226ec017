package main

import "fmt"

// A deferred function that recovers and then panics again: gc prints the whole
// chain, the first panic marked [recovered]; deferred calls of callers still run.

func cleanup(name string) {
	fmt.Println("cleanup", name)
}

func work() {
	defer cleanup("work")
	defer func() {
		r := recover()
		fmt.Println("recovered", r, "- panicking again")
		panic(fmt.Sprint("again: ", r))
	}()
	panic("first")
}

func main() {
	defer cleanup("main")
	work()
	fmt.Println("not reached")
}
