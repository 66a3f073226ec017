package main

import "fmt"

func greet(name string) string {
	return "hi " + name
}

func main() {
	age := 42
	fmt.Println(greet(age))
}
