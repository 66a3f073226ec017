// A goroutine reading a map while another writes it: a fatal error, as in gc.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	// two threads even on a one-CPU machine: the OS then stops one in the middle
	// of a map write now and then, and the other finds the flag raised
	runtime.GOMAXPROCS(2)
	m := map[string]int{"a": 1, "b": 2}
	done := make(chan bool)
	go func() {
		for i := 0; i < 1<<30; i++ {
			m["a"] = i
		}
		done <- true
	}()
	sum := 0
	for i := 0; i < 1<<30; i++ {
		sum += m["b"]
	}
	<-done
	fmt.Println("not detected", sum)
}
