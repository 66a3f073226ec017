// Built as `build ./cmd/tool` from the module root: a panic inside another package of
// the module, whose traceback names it by its import path.
package main

import (
	"fmt"
	"os"

	"example.com/cmdtool/lib"
)

func main() {
	fmt.Println("tool", os.Args[1:], lib.Version)
	var stack lib.Stack
	stack.Push(1)
	stack.Push(2)
	fmt.Println(stack.Pop(), stack.Pop())
	fmt.Printf("%T %v\n", stack, stack)
	stack.Pop()
}
