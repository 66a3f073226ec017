// Package os is the operating system as Go programs see it: files, the
// standard streams, the environment, arguments and exit. It is written
// over stdlib/internal/syscall, whose calls enter minigo's runtime.
package os

import (
	"errors"
	"internal/oserror"
	"internal/syscall"
	"io"
	"io/fs"
)

// Errors of common conditions; errors.Is matches a *PathError with them.
var (
	ErrInvalid    = oserror.ErrInvalid
	ErrPermission = oserror.ErrPermission
	ErrExist      = oserror.ErrExist
	ErrNotExist   = oserror.ErrNotExist
	ErrClosed     = oserror.ErrClosed
)

// A PathError records the operation and the file path that failed: io/fs's.
type PathError = fs.PathError

// A SyscallError records the system call that failed.
type SyscallError struct {
	Syscall string
	Err     error
}

// Error returns "syscall: err".
func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *SyscallError) Unwrap() error { return e.Err }

// IsNotExist reports whether err says a file does not exist.
func IsNotExist(err error) bool { return errors.Is(underlyingError(err), ErrNotExist) }

// IsExist reports whether err says a file already exists.
func IsExist(err error) bool { return errors.Is(underlyingError(err), ErrExist) }

// IsPermission reports whether err says permission was denied.
func IsPermission(err error) bool { return errors.Is(underlyingError(err), ErrPermission) }

func underlyingError(err error) error {
	switch e := err.(type) {
	case *PathError:
		return e.Err
	case *SyscallError:
		return e.Err
	}
	return err
}

// File is an open file descriptor.
type File struct {
	fd         int
	name       string
	closed     bool
	appendMode bool      // opened with O_APPEND: WriteAt refuses
	dir        *dirState // a directory's listing in progress (dir.go)
}

// Standard input, output and error: unbuffered, one write per call.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Flags of OpenFile.
const (
	O_RDONLY int = syscall.O_RDONLY
	O_WRONLY int = syscall.O_WRONLY
	O_RDWR   int = syscall.O_RDWR
	O_APPEND int = syscall.O_APPEND
	O_CREATE int = syscall.O_CREAT
	O_EXCL   int = syscall.O_EXCL
	O_SYNC   int = syscall.O_SYNC
	O_TRUNC  int = syscall.O_TRUNC
)

// NewFile returns a File for the descriptor fd, named name.
func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

// Name returns the name the file was opened with.
func (f *File) Name() string { return f.name }

// Fd returns the file's descriptor.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

func (f *File) check(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Read reads up to len(b) bytes; at end of file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.check("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, err = syscall.Result(syscall.Read(f.fd, &b[0], len(b)))
	if err != nil {
		return 0, &PathError{Op: "read", Path: f.name, Err: err}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Write writes all of b, in one write to standard output.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, err = syscall.Result(syscall.Write(f.fd, &b[0], len(b)))
	if err != nil {
		return 0, &PathError{Op: "write", Path: f.name, Err: err}
	}
	return n, nil
}

// WriteString writes s.
func (f *File) WriteString(s string) (n int, err error) { return f.Write([]byte(s)) }

// Close closes the file; a second Close reports ErrClosed.
func (f *File) Close() error {
	if err := f.check("close"); err != nil {
		return err
	}
	f.closed = true
	if _, err := syscall.Result(syscall.Close(f.fd)); err != nil {
		return &PathError{Op: "close", Path: f.name, Err: err}
	}
	return nil
}

// Open opens name for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates name, opened for reading and writing.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile opens name with flag (O_RDONLY, ...), creating it with perm.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, err := syscall.Result(syscall.Open(name, flag, syscallMode(perm)))
	if err != nil {
		return nil, &PathError{Op: "open", Path: name, Err: err}
	}
	f := NewFile(uintptr(fd), name)
	f.appendMode = flag&O_APPEND != 0
	return f, nil
}

// ReadFile returns the contents of the file name.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
	}
}

// WriteFile writes data to the file name, creating it with perm or
// truncating it.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}
