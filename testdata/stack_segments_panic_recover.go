// Panics raised deep in a goroutine's recursion (on a stack grown far past its
// start) and recovered by a deferred call near its bottom; the goroutine then
// recurses deep again, runs deferred calls with deep recursion of their own, and
// a recover deep inside one of them still works.
package main

import "fmt"

func dive(n int) int {
	if n == 0 {
		var a []int
		return a[n+5]
	}
	return dive(n-1) + 1
}

func safeDive(n int) (result int, message string) {
	defer func() {
		if r := recover(); r != nil {
			message = fmt.Sprint(r)
			result = -1
		}
	}()
	return dive(n), ""
}

func count(n int) int {
	if n == 0 {
		return 0
	}
	return count(n-1) + 1
}

func deepDefer(n int) (out string) {
	if n > 0 {
		return deepDefer(n - 1)
	}
	defer func() {
		r := recover()
		out = fmt.Sprint("recovered at the bottom: ", r, " ", count(50000))
	}()
	panic("bottom")
}

func main() {
	done := make(chan string)
	go func() {
		for _, n := range []int{10, 100000, 20, 300000} {
			r, m := safeDive(n)
			done <- fmt.Sprint(n, " ", r, " ", m, " ", count(n))
		}
		done <- deepDefer(200000)
		close(done)
	}()
	for line := range done {
		fmt.Println(line)
	}
}
