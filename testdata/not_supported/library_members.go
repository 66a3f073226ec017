package main

// Package members Go's library has and minigo's C-provided packages lack read as not
// supported (not 'undefined'); members of packages written in Go under stdlib/ are
// checked like any other package's.
//
// want 15:16: fmt.Sscan not supported yet

import (
	"fmt"
)

func main() {
	var n int
	_, err := fmt.Sscan("42", &n)
	fmt.Println(n, err)
}
