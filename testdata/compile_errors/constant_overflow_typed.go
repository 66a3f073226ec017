package main

import "fmt"

const Limit byte = 200

func main() {
	fmt.Println(Limit + 100)
}
