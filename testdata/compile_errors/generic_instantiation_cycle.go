package main

import "fmt"

func F[T any](n int, v T) {
	if n > 0 {
		F[[]T](n-1, nil)
	}
	fmt.Println(v)
}

func main() {
	F(3, 1)
}
