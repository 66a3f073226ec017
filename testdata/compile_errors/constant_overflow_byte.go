package main

import "fmt"

func main() {
	b := byte(300)
	fmt.Println(b)
}
