// A finalizer whose parameter cannot take the object is a fatal error, with
// gc's message.
package main

import (
	"fmt"
	"runtime"
)

type file struct{ fd int }
type socket struct{ fd int }

func main() {
	f := &file{fd: 3}
	runtime.SetFinalizer(f, func(f *file) {})
	runtime.SetFinalizer(f, nil)
	fmt.Println("set and removed")
	runtime.SetFinalizer(f, func(s *socket) {})
	fmt.Println("not reached")
}
