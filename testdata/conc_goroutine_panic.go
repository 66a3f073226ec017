package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("start")
	go func() {
		panic("boom in goroutine")
	}()
	time.Sleep(2 * time.Second)
	fmt.Println("not reached")
}
