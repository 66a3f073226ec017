package main

import "fmt"

func main() {
	s := "text"
	n := int(s)
	fmt.Println(n)
}
