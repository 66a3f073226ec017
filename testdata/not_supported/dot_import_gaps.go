package main

// A dot-imported package's names that minigo does not supply read as not supported,
// once per use, and nothing follows from them.
//
// want 18:10: math.Sin not supported yet
// want 19:46: math.Cosh not supported yet

import (
	. "fmt"
	. "math"
	. "os"
	. "strconv"
)

func main() {
	home := Getenv("HOME")
	zero := Sin(0)
	Println(home, Quote(home), Itoa(len(Args)), Cosh(0) > 0, zero)
	Fprintln(Stderr, "done", Pi)
}
