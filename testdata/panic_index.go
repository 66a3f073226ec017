// Indexing a slice past its length panics with Go's message and exit code 2, after earlier output.
package main

import "fmt"

func get(s []int, i int) int {
	return s[i]
}

func main() {
	s := []int{10, 20, 30}
	total := 0
	for i := 0; i < len(s); i++ {
		total += get(s, i)
	}
	fmt.Println("total", total)
	println("about to index out of range")
	idx := 5
	fmt.Println(get(s, idx))
	fmt.Println("not reached")
}
