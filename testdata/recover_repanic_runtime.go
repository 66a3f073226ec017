package main

import "fmt"

// Re-panicking a recovered runtime error prints its message, marked [recovered]
// on the first panic of the chain.

func lookup(values []int, i int) int {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("lookup failed:", r)
			panic(r)
		}
	}()
	return values[i]
}

func main() {
	fmt.Println(lookup([]int{1, 2, 3}, 1))
	fmt.Println(lookup([]int{1, 2, 3}, 5))
}
