package main

// A dot-imported package's names that minigo does not supply read as not supported,
// once per use, and nothing follows from them.
//
// want 18:13: os.Getgroups not supported yet
// want 19:46: os.Chown not supported yet

import (
	. "fmt"
	. "math"
	. "os"
	. "strconv"
)

func main() {
	home := Getenv("HOME")
	zero, _ := Getgroups()
	Println(home, Quote(home), Itoa(len(Args)), Chown("x", 0, 0), zero, Sin(0))
	Fprintln(Stderr, "done", Pi)
}
