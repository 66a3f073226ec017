package main

// A dot-imported package's names that minigo does not supply read as not supported,
// once per use, and nothing follows from them.
//
// want 16:16: strconv.Quote not supported yet

import (
	. "fmt"
	. "os"
	. "strconv"
)

func main() {
	home := Getenv("HOME")
	Println(home, Quote(home), Itoa(len(Args)))
	Fprintln(Stderr, "done")
}
