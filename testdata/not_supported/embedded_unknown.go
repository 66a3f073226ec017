package main

// A struct or interface embedding a type minigo could not supply has fields and methods
// nobody knows: selecting them, or checking its method set, says nothing more.
//
// (bufio is Go source in stdlib/ now: *bufio.Reader and its methods are known)
// want 17:16: os.File not supported yet
// want 28:5: os.Signal not supported yet

import (
	"bufio"
	"fmt"
	"os"
	"sync"
)

type File = os.File

type S struct {
	*bufio.Reader
	*File
	sync.Mutex
}

type Outer struct{ S }

type Named interface {
	os.Signal
	Name() string
}

type Stringer interface{ String() string }

func main() {
	var s S
	s.Lock()
	if s.Reader != nil {
		line, _ := s.ReadString('\n')
		fmt.Println(line, s.Name(), s.Fd())
	}
	s.Unlock()
	var o Outer
	fmt.Println(o.Name(), o.Reader == nil)
	var n Named
	if n != nil {
		fmt.Println(n.Name(), n.String())
		var str Stringer = n
		_ = str
	}
	var i interface{} = &o
	if v, ok := i.(Named); ok {
		v.Signal()
	}
	fmt.Println(s.File == nil, s.Reader == nil)
}
