package main

// Values whose type minigo cannot supply (its declaration was reported once) are
// silent everywhere they are used: compared with nil, assigned, passed, returned.
//
// want 16:23: runtime.StackRecord not supported yet
// want 41:66: runtime.MemProfileRate not supported yet

import (
	"fmt"
	"os"
	"runtime"
)

type FileInfo = os.FileInfo
type Record = runtime.StackRecord
type File = os.File

type S struct {
	i  FileInfo
	r  Record
	f  *File
	fs []*File
	fn func() FileInfo
}

func info() FileInfo { return nil }

func (s S) File() *File { return s.f }

func main() {
	var s S
	var fi FileInfo
	fmt.Println(s.i == nil, fi == nil, nil != fi, info() == nil, s.r == Record{}, s.r.Stack0[0], len(s.r.Stack()))
	fmt.Println(s.f == nil, s.File() != nil, s.fs == nil, s.fn == nil, len(s.fs))
	fi = nil
	s.i = nil
	s.r = Record{}
	s.r.Stack0[1] = 3
	s.r.Stack0[1]++
	fmt.Println(s.r.Stack0[1] < 4, s.r.Stack0[1] == uintptr(runtime.MemProfileRate), fi, s.i != nil, s.r.Stack())
	records := []Record{{}, {}}
	fmt.Println(records[0] == records[1], len(records))
	if s.f != nil {
		s.f.Close()
		fmt.Println(s.f.Name(), s.fn().Size() > 0)
	}
	var named interface{ Name() string } = s.f
	_ = named
	files := map[*File]FileInfo{nil: nil}
	fmt.Println(len(files), files[s.f] == nil)
}
