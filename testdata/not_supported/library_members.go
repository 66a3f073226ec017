package main

// Package members Go's library has and minigo's C-provided packages lack read as not
// supported (not 'undefined'); members of packages written in Go under stdlib/ are
// checked like any other package's.
//
// want 14:10: runtime.LockOSThread not supported yet

import (
	"runtime"
)

func main() {
	runtime.LockOSThread()
	println(1)
}
