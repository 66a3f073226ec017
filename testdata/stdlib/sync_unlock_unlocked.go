package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocked once")
	defer fmt.Println("deferred calls do not run after a fatal error")
	defer func() { fmt.Println("recover cannot catch it:", recover()) }()
	mu.Unlock()
}
