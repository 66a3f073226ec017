// os.Args with no arguments: only the program name is present.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args), len(os.Args[1:]))
	if len(os.Args) < 2 {
		fmt.Println("usage: prog NAME")
	}
	for _, a := range os.Args[1:] {
		fmt.Println("unexpected", a)
	}
	args := os.Args[1:]
	fmt.Println(args == nil, len(args), cap(args) >= 0)
	name := "world"
	if len(os.Args) > 1 {
		name = os.Args[1]
	}
	fmt.Println("hello,", name)
}
