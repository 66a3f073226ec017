// A function that can only panic: LLVM files it as cold code, far from the other
// functions, and the traceback must still name each frame by its own function.
package main

import "fmt"

func lookup(table []int, i int) int {
	first := table[0]
	fmt.Println("first", first)
	return table[i]
}

func main() {
	table := []int{1, 2, 3}
	fmt.Println(lookup(table, 5))
}
