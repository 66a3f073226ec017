package main

import (
	"fmt"
	"runtime"
	"time"
)

var spins int

func spin() {
	for {
		spins++
	}
}

func main() {
	go spin()
	done := make(chan bool)
	go func() {
		time.Sleep(20 * time.Millisecond)
		done <- true
	}()
	<-done
	runtime.Gosched()
	fmt.Println("main ran despite a spinning goroutine")
}
