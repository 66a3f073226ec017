package main

// A dot import none of whose names is used is reported like any unused import; one
// used only through a name at package level, or inside a function literal, is used.

import (
	. "errors"
	. "fmt"
	. "math"
	. "os"
	. "strconv"
)

var pi = Pi

func main() {
	f := func() error { return New("x") }
	_ = f
	println(pi)
}
