package main

import "fmt"

func main() {
	var small int8
	small = 300
	fmt.Println(small)
}
