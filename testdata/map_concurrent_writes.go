// Two goroutines writing one map at once: the runtime notices (a "writing" flag in
// the map) and dies with a fatal error, which recover cannot catch.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	// two threads even on a one-CPU machine: the OS then stops one in the middle
	// of a map write now and then, and the other finds the flag raised
	runtime.GOMAXPROCS(2)
	defer func() { fmt.Println("recovered?", recover()) }()
	m := map[int]int{}
	done := make(chan bool)
	write := func(offset int) {
		// writes go on until the runtime stops the program; a bound keeps a
		// runtime that never notices from running forever
		for i := 0; i < 1<<30; i++ {
			m[(i+offset)%1024] = i
		}
		done <- true
	}
	go write(0)
	go write(512)
	<-done
	<-done
	fmt.Println("not detected; len", len(m))
}
