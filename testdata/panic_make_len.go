// make with a negative variable length panics: makeslice: len out of range.
package main

import "fmt"

func buffer(n int) []byte {
	return make([]byte, n)
}

func main() {
	sizes := []int{4, 0, 2}
	for _, n := range sizes {
		b := buffer(n)
		fmt.Println("buffer", len(b), cap(b))
	}
	n := 2
	n -= 5
	fmt.Println("asking for", n)
	fmt.Println(len(buffer(n)))
}
