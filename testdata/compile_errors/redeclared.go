package main

import "fmt"

func main() {
	var count int
	var count string
	fmt.Println(count)
}
