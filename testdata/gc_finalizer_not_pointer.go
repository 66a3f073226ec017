// SetFinalizer's first argument must be a pointer: gc's fatal error otherwise.
package main

import (
	"fmt"
	"runtime"
)

type handle struct{ id int }

func main() {
	fmt.Println("start")
	runtime.SetFinalizer(handle{1}, func(h handle) {})
	fmt.Println("not reached")
}
