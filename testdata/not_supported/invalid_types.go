package main

// Values whose type minigo cannot supply (its declaration was reported once) are
// silent everywhere they are used: compared with nil, assigned, passed, returned.
//
// want 16:19: time.Month not supported yet
// want 41:35: time.March not supported yet

import (
	"fmt"
	"os"
	"time"
)

type FileInfo = os.FileInfo
type Month = time.Month
type File = os.File

type S struct {
	i  FileInfo
	m  Month
	f  *File
	fs []*File
	fn func() FileInfo
}

func info() FileInfo { return nil }

func (s S) File() *File { return s.f }

func main() {
	var s S
	var fi FileInfo
	fmt.Println(s.i == nil, fi == nil, nil != fi, info() == nil, s.m == 0, s.m+1, -s.m)
	fmt.Println(s.f == nil, s.File() != nil, s.fs == nil, s.fn == nil, len(s.fs))
	fi = nil
	s.i = nil
	s.m = 3
	s.m++
	s.m += 2
	fmt.Println(s.m < 4, s.m == time.March, fi, s.i != nil, s.m.String())
	months := []Month{1, 2}
	fmt.Println(months[0] < months[1], len(months))
	if s.f != nil {
		s.f.Close()
		fmt.Println(s.f.Name(), s.fn().Size() > 0)
	}
	var named interface{ Name() string } = s.f
	_ = named
	files := map[*File]FileInfo{nil: nil}
	fmt.Println(len(files), files[s.f] == nil)
}
