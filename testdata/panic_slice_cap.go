// Reslicing a slice beyond its capacity panics: slice bounds out of range [:high] with capacity.
package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	for i := range s {
		s[i] = i + 1
	}
	t := s[:5]
	fmt.Println(len(t), cap(t), t[3], t[4])
	t[4] = 50
	u := s[2:5]
	fmt.Println(len(u), cap(u), u[2])
	n := 6
	v := s[:n]
	fmt.Println(len(v))
}
