package main

import (
	"fmt"

	"example.com/unexported/hidden"
)

func main() {
	fmt.Println(hidden.Visible)
	fmt.Println(hidden.secret)
	hidden.helper()
	var c hidden.counter
	var t hidden.T
	fmt.Println(t.count, c)
	t.bump()
	fmt.Println(hidden.Missing)
	u := hidden.T{count: 1}
	_ = hidden.T.bump
	fmt.Println(u)
}
