package main

import (
	"fmt"
	"os"
)

// A recovered panic turned into an exit status by hand; os.Exit skips deferred calls.

func run() (code int) {
	defer func() {
		if r := recover(); r != nil {
			println("error:", r.(error).Error())
			code = 4
		}
	}()
	var data []int
	return data[1]
}

func main() {
	defer fmt.Println("not printed: os.Exit skips deferred calls")
	os.Exit(run())
}
