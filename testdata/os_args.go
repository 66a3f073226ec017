// args: alpha beta 42 "x y" -n
// os.Args: count and contents beyond the program name, and Atoi over an argument.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	fmt.Println("argc:", len(os.Args))
	for i, a := range os.Args[1:] {
		fmt.Printf("arg %d: %q (len %d)\n", i+1, a, len(a))
	}
	total := 0
	for _, a := range os.Args[1:] {
		n, err := strconv.Atoi(a)
		if err != nil {
			fmt.Println("not a number:", a)
			continue
		}
		total += n
	}
	fmt.Println("total:", total)
	rest := os.Args[1:]
	rest[0] = "changed"
	fmt.Println(os.Args[1], len(rest), cap(rest) >= len(rest))
	fmt.Println(len(os.Args[0]) > 0)
}
