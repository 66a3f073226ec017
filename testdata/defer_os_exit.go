package main

import (
	"fmt"
	"os"
)

// os.Exit ends the program at once: deferred calls do not run.

func main() {
	defer fmt.Println("never printed")
	func() {
		defer fmt.Println("inner deferred runs")
	}()
	fmt.Println("exiting")
	os.Exit(3)
}
