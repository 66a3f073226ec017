// Dereferencing a nil *int panics with the nil pointer dereference message.
package main

import "fmt"

func find(xs []int, want int) *int {
	for i := range xs {
		if xs[i] == want {
			return &xs[i]
		}
	}
	return nil
}

func main() {
	xs := []int{4, 8, 15}
	p := find(xs, 8)
	*p = 80
	fmt.Println(xs[1])
	q := find(xs, 16)
	fmt.Println("found:", q != nil)
	fmt.Println(*q)
}
