package main

import "fmt"

func main() {
	var b byte = 10
	fmt.Println(b + 300)
}
