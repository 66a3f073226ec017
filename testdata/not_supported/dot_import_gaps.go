package main

// A dot-imported package's names that minigo does not supply read as not supported,
// once per use, and nothing follows from them.
//
// want 18:11: time.Unix not supported yet
// want 19:52: time.Time.Year not supported yet

import (
	. "fmt"
	. "os"
	. "strconv"
	. "time"
)

func main() {
	home := Getenv("HOME")
	epoch := Unix(0, 0)
	Println(home, Quote(home), Itoa(len(Args)), Now().Year() > 2000, epoch)
	Fprintln(Stderr, "done", Second)
}
