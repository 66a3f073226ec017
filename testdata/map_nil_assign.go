package main

import "fmt"

type Registry struct {
	names map[string]int
}

func main() {
	var r Registry
	fmt.Println("lookup:", r.names["x"], len(r.names))
	r.names["x"] = 1
	fmt.Println("unreachable")
}
