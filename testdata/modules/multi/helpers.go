package main

import "fmt"

// counter is shared with main.go; its initialiser runs before banner's although
// declared in a later file, because banner's announce uses it.
var counter = start()

func start() int {
	fmt.Println("main.counter initialised")
	return 10
}

func announce(what string) string {
	counter++
	fmt.Println("initialising", what, "counter", counter)
	return what
}

func init() {
	fmt.Println("main init in helpers.go")
}

type describer interface{ Describe() string }

func describe(v interface{}) string {
	if d, ok := v.(describer); ok {
		return d.Describe()
	}
	return fmt.Sprint("plain ", v)
}

func total() {
	fmt.Println("counter at the end:", counter)
}
