package main

import "fmt"

func main() {
	s := "abc"
	t := "b"
	fmt.Println(s - t)
}
