package main

import "fmt"

func add(a, b int, label string) string {
	return fmt.Sprint(label, a+b)
}

func main() {
	fmt.Println(add(1, 2))
}
