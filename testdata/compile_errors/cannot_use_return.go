package main

import "fmt"

func half(x float64) int {
	return x / 2
}

func main() {
	fmt.Println(half(3))
}
