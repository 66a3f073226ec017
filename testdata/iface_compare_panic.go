// Comparing two interfaces holding the same uncomparable type panics.
package main

import "fmt"

type Bag struct {
	Items []string
}

func same(a, b interface{}) bool { return a == b }

func main() {
	fmt.Println(same(1, 1), same(Bag{}, 1))
	fmt.Println(same(Bag{[]string{"x"}}, Bag{[]string{"x"}}))
}
