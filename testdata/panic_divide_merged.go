// Several divisions of one function check for zero with the same runtime call, which
// LLVM would merge into one call site with no line; the panic names the failing one.
package main

import "fmt"

var divisors = []int{1, 2, 0}

func main() {
	a := 12 / divisors[0]
	b := 12 / divisors[1]
	fmt.Println(a, b)
	c := 12 / divisors[2]
	fmt.Println("not reached", c)
}
