// os.Exit(0) stops early but reports success; nothing after it runs.
package main

import (
	"fmt"
	"os"
)

func process(words []string) int {
	n := 0
	for _, w := range words {
		if w == "stop" {
			fmt.Println("stopping after", n, "words")
			os.Exit(0)
		}
		fmt.Printf("%d: %s (%d bytes)\n", n, w, len(w))
		n++
	}
	return n
}

func main() {
	words := []string{"alpha", "beta", "stop", "gamma"}
	fmt.Println("processed", process(words))
	fmt.Println("not reached")
}
