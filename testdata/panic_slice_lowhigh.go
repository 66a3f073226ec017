// A low bound greater than the high bound panics: slice bounds out of range [low:high].
package main

import "fmt"

func window(s []int, lo, hi int) []int {
	return s[lo:hi]
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	for lo := 0; lo < 5; lo++ {
		w := window(s, lo, 3)
		sum := 0
		for _, v := range w {
			sum += v
		}
		fmt.Println(lo, len(w), sum)
	}
}
