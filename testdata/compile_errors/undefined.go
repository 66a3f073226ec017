package main

import "fmt"

func main() {
	y := 1
	fmt.Println(x + y)
}
