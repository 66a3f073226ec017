// fmt printing a map while another goroutine writes it: fmt walks the map as a
// range does, so gc (and minigo) die with the iteration message.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	// two threads even on a one-CPU machine: the OS then stops one in the middle
	// of a map write now and then, and the other finds the flag raised
	runtime.GOMAXPROCS(2)
	m := map[int]int{}
	for i := 0; i < 16; i++ {
		m[i] = i
	}
	done := make(chan bool)
	go func() {
		for i := 0; i < 1<<30; i++ {
			m[i%16] = i
		}
		done <- true
	}()
	length := 0
	for i := 0; i < 1<<24; i++ {
		length += len(fmt.Sprint(m))
	}
	<-done
	fmt.Println("not detected", length)
}
