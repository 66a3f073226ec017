// Integer division by a zero variable panics: runtime error: integer divide by zero.
package main

import "fmt"

func average(xs []int) int {
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return sum / len(xs)
}

func main() {
	groups := [][]int{{1, 2, 3, 6}, {10}, {-4, 4, 9}, nil, {1}}
	for i, g := range groups {
		fmt.Printf("group %d: %d values, average %d\n", i, len(g), average(g))
	}
	fmt.Println("not reached")
}
