package main

// A dot-imported package's names that minigo does not supply read as not supported,
// once per use, and nothing follows from them.
//
// want 18:10: os.Getpagesize not supported yet
// want 19:46: os.Getppid not supported yet

import (
	. "fmt"
	. "math"
	. "os"
	. "strconv"
)

func main() {
	home := Getenv("HOME")
	zero := Getpagesize()
	Println(home, Quote(home), Itoa(len(Args)), Getppid() > 0, zero, Sin(0))
	Fprintln(Stderr, "done", Pi)
}
