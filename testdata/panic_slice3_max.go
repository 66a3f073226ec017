// A three-index slice whose max exceeds the capacity panics: slice bounds out of range [::max] with capacity.
package main

import "fmt"

func main() {
	arr := [4]int{1, 2, 3, 4}
	s := arr[:2]
	fmt.Println(len(s), cap(s))
	for m := 1; m <= 5; m++ {
		t := s[0:1:m]
		t = append(t, 100)
		fmt.Println("max", m, "cap", cap(t), "arr[1] =", arr[1])
	}
	fmt.Println("not reached")
}
