// A statement where a switch or select wants a case: gc skips to the next
// case, default, : or }, reads a clause without its keyword, and then wants
// the clause's colon there, even before the next case or default.
package main

import "fmt"

func main() {
	x := 1
	switch x {
	fmt.Println("stray")
	case 1:
		fmt.Println("one")
	}
	c := make(chan int)
	select {
	x++
	default:
	case <-c:
	}
}
