// Package fs defines the interfaces of a file system, as Go's io/fs: FS,
// File, DirEntry and FileInfo, the FileMode bits, and functions over any FS
// (ReadFile, ReadDir, Stat, Sub, Glob, WalkDir). os implements them over
// the operating system and aliases its FileMode, FileInfo and PathError to
// these.
package fs

import (
	"internal/oserror"
	"time"
)

// An FS gives access to a tree of files.
type FS interface {
	// Open opens the file name, a path ValidPath accepts.
	Open(name string) (File, error)
}

// A File is an open file of an FS.
type File interface {
	Stat() (FileInfo, error)
	Read([]byte) (int, error)
	Close() error
}

// A ReadDirFile is a directory File that lists its entries.
type ReadDirFile interface {
	File
	ReadDir(n int) ([]DirEntry, error)
}

// A DirEntry is one entry of a directory.
type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

// A FileInfo describes a file.
type FileInfo interface {
	Name() string
	Size() int64
	Mode() FileMode
	ModTime() time.Time
	IsDir() bool
	Sys() any
}

// Errors of common conditions, shared with os.
var (
	ErrInvalid    = oserror.ErrInvalid
	ErrPermission = oserror.ErrPermission
	ErrExist      = oserror.ErrExist
	ErrNotExist   = oserror.ErrNotExist
	ErrClosed     = oserror.ErrClosed
)

// ValidPath reports whether name is a path an FS accepts: unrooted,
// slash-separated elements, none empty, "." or "..", or "." itself.
func ValidPath(name string) bool {
	if name == "." {
		return true
	}
	for {
		i := 0
		for i < len(name) && name[i] != '/' {
			i++
		}
		element := name[:i]
		if element == "" || element == "." || element == ".." {
			return false
		}
		if i == len(name) {
			return true
		}
		name = name[i+1:]
	}
}

// A PathError records the operation and the file path that failed.
type PathError struct {
	Op   string
	Path string
	Err  error
}

// Error returns "op path: err".
func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether the underlying error is a timeout.
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// A FileMode holds a file's type and permission bits.
type FileMode uint32

// The type bits of a FileMode, highest first.
const (
	ModeDir        FileMode = 1 << (32 - 1 - iota) // d: is a directory
	ModeAppend                                     // a: append-only
	ModeExclusive                                  // l: exclusive use
	ModeTemporary                                  // T: temporary file
	ModeSymlink                                    // L: symbolic link
	ModeDevice                                     // D: device file
	ModeNamedPipe                                  // p: named pipe (FIFO)
	ModeSocket                                     // S: Unix domain socket
	ModeSetuid                                     // u: setuid
	ModeSetgid                                     // g: setgid
	ModeCharDevice                                 // c: character device
	ModeSticky                                     // t: sticky
	ModeIrregular                                  // ?: non-regular file

	ModeType          = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular
	ModePerm FileMode = 0777
)

// IsDir reports whether m describes a directory.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular reports whether m describes a regular file.
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm returns the permission bits.
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type returns the type bits.
func (m FileMode) Type() FileMode { return m & ModeType }

// String writes m as ls does: type letters, then rwxrwxrwx.
func (m FileMode) String() string {
	const letters = "dalTLDpSugct?"
	var buf [32]byte
	w := 0
	for i, c := range letters {
		if m&(1<<uint(32-1-i)) != 0 {
			buf[w] = byte(c)
			w++
		}
	}
	if w == 0 {
		buf[w] = '-'
		w++
	}
	const rwx = "rwxrwxrwx"
	for i, c := range rwx {
		if m&(1<<uint(9-1-i)) != 0 {
			buf[w] = byte(c)
		} else {
			buf[w] = '-'
		}
		w++
	}
	return string(buf[:w])
}
