package config

import "fmt"

var Base = 10

var Limit = compute(Base)

func compute(n int) int {
	fmt.Println("computing limit from", n)
	var table []int
	return table[n]
}
