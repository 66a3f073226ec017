package main

import "fmt"

// Calling a nil func value is a nil pointer dereference.

type handler func(string) int

func dispatch(handlers []handler, i int, arg string) int {
	return handlers[i](arg)
}

func main() {
	handlers := make([]handler, 3)
	handlers[0] = func(s string) int { return len(s) }
	fmt.Println(dispatch(handlers, 0, "four"))
	fmt.Println(dispatch(handlers, 2, "boom"))
}
