// Package ioutil keeps Go's deprecated I/O helpers, each now a thin
// wrapper over io or os, as in Go 1.19.
package ioutil

import (
	"io"
	"io/fs"
	"os"
	"sort"
)

// ReadAll reads r until io.EOF: io.ReadAll.
func ReadAll(r io.Reader) ([]byte, error) { return io.ReadAll(r) }

// ReadFile returns the contents of the file filename: os.ReadFile.
func ReadFile(filename string) ([]byte, error) { return os.ReadFile(filename) }

// WriteFile writes data to filename: os.WriteFile.
func WriteFile(filename string, data []byte, perm fs.FileMode) error {
	return os.WriteFile(filename, data, perm)
}

// ReadDir describes the directory dirname's entries, sorted by name.
func ReadDir(dirname string) ([]fs.FileInfo, error) {
	f, err := os.Open(dirname)
	if err != nil {
		return nil, err
	}
	list, err := f.Readdir(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Name() < list[j].Name() })
	return list, nil
}

// NopCloser returns r with a Close that does nothing: io.NopCloser.
func NopCloser(r io.Reader) io.ReadCloser { return io.NopCloser(r) }

// Discard is a Writer that accepts everything: io.Discard.
var Discard io.Writer = io.Discard

// TempFile creates a new temporary file: os.CreateTemp.
func TempFile(dir, pattern string) (f *os.File, err error) { return os.CreateTemp(dir, pattern) }

// TempDir creates a new temporary folder: os.MkdirTemp.
func TempDir(dir, pattern string) (name string, err error) { return os.MkdirTemp(dir, pattern) }
