package main

// Package members Go's library has and minigo's C-provided packages lack read as not
// supported (not 'undefined'); members of packages written in Go under stdlib/ are
// checked like any other package's.
//
// want 14:12: math.Erfinv not supported yet

import (
	"math"
)

func main() {
	x := math.Erfinv(0.5)
	println(x)
}
