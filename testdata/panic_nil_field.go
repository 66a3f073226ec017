// Reading a field through a nil struct pointer panics.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	list := &Node{1, &Node{2, nil}}
	sum := 0
	n := list
	for i := 0; i < 3; i++ {
		fmt.Println("visiting", i)
		sum += n.Val
		n = n.Next
	}
	fmt.Println(sum)
}
