// panic with a value of a named complex type: gc prints the type's name before the
// value's own parentheses, main.impedance(+5.000000e+001-2.500000e+001i).
package main

import "fmt"

type impedance complex64

func main() {
	defer fmt.Println("deferred")
	z := impedance(complex(50, -25))
	fmt.Println(z)
	panic(z)
}
