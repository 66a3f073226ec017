package main

import "sync"

func main() {
	c := make(chan int)
	select {
	case v := <-c:
	default:
	}
	var r <-chan int
	r <- 1
	close(r)
	var s chan<- int = c
	x := <-s
	var mu sync.Mutex
	mu.Lock(1)
	go len("abc")
	for range s {
	}
	_ = x
}
