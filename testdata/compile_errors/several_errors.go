package main

import (
	"fmt"
	"os"
)

func compute(a int) int {
	if a > 0 {
		return "positive"
	}
	return a
}

func main() {
	unused := 1
	var f float64 = "x"
	fmt.Println(compute(1, 2), f, missing)
}
