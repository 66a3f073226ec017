// Integer remainder by zero on a sized type also panics with integer divide by zero.
package main

import "fmt"

func digitsIn(x uint8, base uint8) int {
	n := 0
	for x > 0 {
		x /= base
		n++
	}
	return n
}

func main() {
	var d uint8 = 3
	var x uint8 = 200
	for i := 0; i < 5; i++ {
		fmt.Println(x, "%", d, "=", x%d, "digits:", digitsIn(x, d+2))
		d--
	}
}
