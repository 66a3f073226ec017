// A low bound beyond the length with an omitted high bound panics: slice bounds out of range [low:len].
package main

import "fmt"

func tail(s []string, from int) []string {
	return s[from:]
}

func main() {
	s := []string{"a", "b", "c"}
	for from := 0; from <= 4; from++ {
		rest := tail(s, from)
		fmt.Println(from, len(rest), cap(rest))
	}
	fmt.Println("not reached")
}
