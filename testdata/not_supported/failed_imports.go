package main

// A package minigo cannot import is reported once; its names, and values of its
// types, are silent afterwards, also through a dot import.
//
// want 10:2: could not import compress/gzip (package not supported yet)
// want 11:4: could not import encoding/ascii85 (package not supported yet)

import (
	"compress/gzip"
	. "encoding/ascii85"
	"fmt"
	"os"
)

type Compressed struct {
	r *gzip.Reader
	w *gzip.Writer
	h gzip.Header
}

func (c *Compressed) Name() string { return c.h.Name }

func main() {
	var c Compressed
	fmt.Println(c.r == nil, c.w != nil, Encode(make([]byte, 5), []byte("x")), MaxEncodedLen(4))
	if c.r != nil {
		n, err := c.r.Read(nil)
		fmt.Println(n, err == nil, c.Name(), c.r.Comment)
		c.w.Flush()
	}
	var e CorruptInputError = 3
	fmt.Println(e.Error(), len(os.Args) > 0, c.h.Comment == "")
}
