package main

import "fmt"

func main() {
	x := fmt
	_ = x
}
