// hello: the smallest program, plus the three printing families.
package main

import "fmt"

func main() {
	fmt.Println("Hello, world!")
	fmt.Println("a", "b", 1, 2, true, 3.5)
	fmt.Print("no newline ", 42, "\n")
	fmt.Print(1, 2, "x", 3, 4, "\n")
	fmt.Printf("%s has %d letters\n", "minigo", len("minigo"))
	fmt.Println()
	fmt.Println("")
	fmt.Println("unicode: héllo, 世界")
	fmt.Println("tabs\tand\\backslashes\"quotes\"")
	n, err := fmt.Println("counted")
	fmt.Println(n, err == nil)
	fmt.Print("end", "\n")
	println("to stderr", 1, true)
}
