package main

// A package minigo cannot import is reported once; its names, and values of its
// types, are silent afterwards, also through a dot import.
//
// want 10:2: could not import encoding/csv (package not supported yet)
// want 13:4: could not import regexp (package not supported yet)

import (
	"encoding/csv"
	"fmt"
	"os"
	. "regexp"
)

type Records struct {
	r *csv.Reader
	w *csv.Writer
	e csv.ParseError
}

func (b *Records) Line() ([]string, error) { return b.r.Read() }

func main() {
	var b Records
	fmt.Println(b.r == nil, b.w != nil, QuoteMeta("x."), b.e.Line)
	if b.r != nil {
		fields, err := b.Line()
		fmt.Println(fields, err == nil, b.e.Error())
		b.w.Flush()
	}
	var re *Regexp = MustCompile("a+")
	fmt.Println(re.String(), len(os.Args) > 0, b.e.Err == nil)
}
