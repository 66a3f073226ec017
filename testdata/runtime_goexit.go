package main

import (
	"fmt"
	"runtime"
)

func worker(done chan bool) {
	defer func() { done <- true }()
	defer func() { fmt.Println("recover:", recover()) }()
	func() {
		defer fmt.Println("inner deferred")
		runtime.Goexit()
	}()
	fmt.Println("not reached")
}

func main() {
	done := make(chan bool)
	go worker(done)
	<-done
	defer fmt.Println("main deferred")
	go func() { fmt.Println("other goroutine") }()
	runtime.Goexit()
}
