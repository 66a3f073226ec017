package main

// A package minigo cannot import is reported once; its names, and values of its
// types, are silent afterwards, also through a dot import.
//
// want 10:2: could not import bufio (package not supported yet)
// want 13:4: could not import strings (package not supported yet)

import (
	"bufio"
	"fmt"
	"os"
	. "strings"
)

type Buffered struct {
	r *bufio.Reader
	w *bufio.Writer
	s bufio.Scanner
}

func (b *Buffered) Line() (string, error) { return b.r.ReadString('\n') }

func main() {
	var b Buffered
	fmt.Println(b.r == nil, b.w != nil, ToUpper("x"), Repeat("ab", 2), Contains("abc", "b"))
	if b.r != nil {
		line, err := b.Line()
		fmt.Println(line, err == nil, b.s.Text())
		b.w.Flush()
	}
	var builder Builder
	builder.WriteString("y")
	fmt.Println(builder.Len(), len(os.Args) > 0, b.s.Err() == nil)
}
