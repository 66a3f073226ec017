package main

import "fmt"

// A panic inside a deferred call while another panic runs: both are printed, the
// older first, and the remaining deferred calls still run before the program dies.

func main() {
	defer fmt.Println("main's deferred call runs")
	defer func() {
		fmt.Println("second deferred call, panicking")
		panic("second")
	}()
	defer fmt.Println("first deferred call")
	panic("first")
}
