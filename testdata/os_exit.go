// os.Exit(3) ends the program at once with that status; output already written is kept.
package main

import (
	"fmt"
	"os"
)

func check(n int) {
	if n > 2 {
		fmt.Println("limit exceeded at", n)
		println("exiting with status 3")
		os.Exit(3)
	}
	fmt.Println("ok", n)
}

func main() {
	for i := 0; i < 10; i++ {
		check(i)
	}
	fmt.Println("not reached")
}
