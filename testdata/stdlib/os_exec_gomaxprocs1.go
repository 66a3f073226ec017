// A goroutine waiting for a child process (wait4 in the runtime, reads of
// the child's output pipe) leaves the only P to the others at GOMAXPROCS=1:
// the child waits for a line that main writes only after computing on that
// P; if the waiting goroutine kept the P, the program would hang.
package main

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(1)
	r, w, err := os.Pipe()
	if err != nil {
		panic(err)
	}
	done := make(chan string)
	go func() {
		cmd := exec.Command("/bin/sh", "-c", "read line; echo child read: $line; exit 5")
		cmd.Stdin = r
		out, err := cmd.Output()
		done <- fmt.Sprintf("%q %v", out, err)
	}()
	runtime.Gosched() // the goroutine starts the child and blocks waiting for it
	sum := 0
	for i := 0; i < 10000000; i++ {
		sum += i % 7
	}
	fmt.Println("main ran meanwhile", sum)
	fmt.Fprintln(w, "hello")
	w.Close()
	fmt.Println(<-done)
}
