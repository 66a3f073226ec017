// Objects reachable only from frames on older segments of a grown goroutine
// stack survive collections: each level of a deep recursion keeps its node in a
// local while deeper levels allocate (tests/test_gc.py runs it under GOGC=1).
package main

import "fmt"

type node struct {
	depth int
	label string
	next  *node
}

func build(depth int) *node {
	if depth == 0 {
		return nil
	}
	mine := &node{depth: depth, label: fmt.Sprint("n", depth)}
	rest := build(depth - 1)
	if mine.depth != depth || mine.label != fmt.Sprint("n", depth) {
		panic(fmt.Sprint("node at depth ", depth, " was overwritten"))
	}
	mine.next = rest
	return mine
}

func main() {
	done := make(chan int)
	go func() {
		count, sum := 0, 0
		for n := build(50000); n != nil; n = n.next {
			count++
			sum += n.depth
		}
		done <- count
		done <- sum
	}()
	fmt.Println(<-done, <-done)
}
