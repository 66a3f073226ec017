// Several nil checks of one function fail into the same runtime call, which LLVM
// would merge into one call site with no line; the panic names the failing one.
package main

import "fmt"

type point struct{ x int }

var points = []*point{{1}, {2}, nil}

func main() {
	a := points[0].x
	b := points[1].x
	fmt.Println(a, b)
	c := points[2].x
	fmt.Println("not reached", c)
}
