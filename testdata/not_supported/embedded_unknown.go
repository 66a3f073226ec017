package main

// A struct or interface embedding a type minigo could not supply has fields and methods
// nobody knows: selecting them, or checking its method set, says nothing more.
//
// want 10:2: could not import compress/flate (package not supported yet)
// want 11:2: could not import compress/gzip (package not supported yet)

import (
	"compress/flate"
	"compress/gzip"
	"fmt"
	"os"
	"sync"
)

type File = os.File

type S struct {
	*gzip.Reader
	*File
	sync.Mutex
}

type Outer struct{ S }

type Named interface {
	flate.Resetter
	Name() string
}

type Namer interface{ Name() string }

func main() {
	var s S
	s.Lock()
	if s.Reader != nil {
		n, _ := s.Reader.Read(nil)
		fmt.Println(n, s.Name(), s.Fd(), s.Comment)
	}
	s.Unlock()
	var o Outer
	fmt.Println(o.Name(), o.Reader == nil)
	var n Named
	if n != nil {
		fmt.Println(n.Name(), n.Reset(nil, nil))
		var namer Namer = n
		_ = namer
	}
	var i interface{} = &o
	if v, ok := i.(Named); ok {
		v.Reset(nil, nil)
	}
	fmt.Println(s.File == nil, s.Reader == nil)
}
