// A three-index slice whose low bound exceeds its high bound panics: slice bounds out of range [low:high:].
package main

import "fmt"

func part(s []int, lo, hi, max int) []int {
	return s[lo:hi:max]
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	for lo := 0; lo < 4; lo++ {
		p := part(s, lo, 2, 4)
		fmt.Println(lo, len(p), cap(p))
	}
	fmt.Println("not reached")
}
