// A three-index slice whose high bound exceeds max panics: slice bounds out of range [:high:max].
package main

import "fmt"

func main() {
	s := make([]byte, 10)
	for i := range s {
		s[i] = 'a' + byte(i)
	}
	hi, max := 3, 4
	for hi <= 6 {
		t := s[1:hi:max]
		fmt.Println(len(t), cap(t), string(t))
		hi++
	}
	fmt.Println("not reached")
}
