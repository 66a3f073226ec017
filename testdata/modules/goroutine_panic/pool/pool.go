// Package pool runs jobs on goroutines; a job that fails panics on its goroutine.
package pool

import "fmt"

type Job func(int) int

func check(n int) int {
	if n < 0 {
		panic(fmt.Sprintf("pool: negative input %d", n))
	}
	return n * 2
}

// Run starts one goroutine per input and returns their results in input order.
func Run(inputs []int) []int {
	results := make([]int, len(inputs))
	done := make(chan bool)
	for i, n := range inputs {
		go func(i, n int) {
			results[i] = check(n)
			done <- true
		}(i, n)
		<-done
	}
	return results
}
