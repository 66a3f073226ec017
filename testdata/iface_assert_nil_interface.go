// Asserting a nil interface to an interface type: "interface is nil".
package main

import "fmt"

type Named interface{ Name() string }

func main() {
	var x interface{}
	n, ok := x.(Named)
	fmt.Println(n, ok)
	fmt.Println(x.(Named).Name())
}
