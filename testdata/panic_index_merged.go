// Several bounds checks of one function fail into the same runtime call, which LLVM
// would merge into one call site with no line; the panic names the failing statement.
package main

import "fmt"

var calls int

func next() int {
	calls++
	return calls
}

func main() {
	var arr [4]int
	arr[next()] = 1
	arr[next()] = 2
	arr[next()] = 3
	fmt.Println(arr)
	arr[next()] = 4
	fmt.Println("not reached")
}
