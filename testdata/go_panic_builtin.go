package main

import (
	"fmt"
	"time"
)

// `go panic(v)`: the goroutine panics with v, bound at the go statement, and the
// program dies with exit status 2.

func main() {
	message := "from a go statement"
	go panic(message)
	message = "changed"
	time.Sleep(2 * time.Second)
	fmt.Println("not reached", message)
}
