package main

import "fmt"

type Holder struct {
	Name  string
	Value interface{}
}

func main() {
	var empty map[Holder]bool
	fmt.Println(empty[Holder{"a", 1}])
	// looking up a key that cannot be hashed panics even in a nil map
	fmt.Println(empty[Holder{"b", map[string]int{}}])
}
