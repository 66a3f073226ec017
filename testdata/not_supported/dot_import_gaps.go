package main

// A dot-imported package's names that minigo does not supply read as not supported,
// once per use, and nothing follows from them.
//
// want 18:10: os.Getenv not supported yet
// (strconv.Quote is Go source in stdlib/strconv now)
// want 20:2: fmt.Fprintln not supported yet
// want 20:11: os.Stderr not supported yet

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
