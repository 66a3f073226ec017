// A panic while initialising a package variable: the trace shows the function that
// panicked and main.init at the variable's line, as gc prints it.
package main

import "fmt"

func compute(xs []int) int {
	return xs[3]
}

var table = []int{1, 2}
var value = compute(table)

func main() {
	fmt.Println(value)
}
