// million_blocked: one million goroutines blocked at once on one channel.
// Issue 4's memory target: at most 4.5 KiB of peak RSS per blocked goroutine.
// Usage: million_blocked [n]   (default 1000000)
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
)

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil && v > 0 {
			n = v
		}
	}
	block := make(chan int)
	var started sync.WaitGroup
	started.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			started.Done()
			<-block
		}()
	}
	started.Wait()
	fmt.Println("blocked:", runtime.NumGoroutine()-1)
}
