// A value set with os.Setenv for a variable the process started with replaces an
// entry of the startup environment in place; it must survive collections that
// reuse the memory of everything unreachable.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
)

var sink [][]byte

func main() {
	os.Setenv("PATH", strings.Repeat("p", 3)+"-value")
	for round := 0; round < 5; round++ {
		sink = nil
		for i := 0; i < 20000; i++ {
			sink = append(sink, []byte(strings.Repeat("z", 14)))
		}
		runtime.GC()
	}
	fmt.Println(os.Getenv("PATH"), len(sink))
}
