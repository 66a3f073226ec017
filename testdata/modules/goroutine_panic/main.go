// A goroutine started in another package panics: the trace names it and its creator
// by their import paths.
package main

import (
	"fmt"

	"example.com/gopanic/pool"
)

func main() {
	fmt.Println(pool.Run([]int{1, 2, 3}))
	fmt.Println(pool.Run([]int{4, -5}))
}
