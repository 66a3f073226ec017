package main

import "fmt"

func one() int {
	return 1, 2
}

func main() {
	fmt.Println(one())
}
