// Package io defines the basic interfaces of byte streams (Reader, Writer
// and their relatives) and the functions and wrappers that combine them.
//
// Errors are compared by identity, as callers do (err == io.EOF), so each
// is created once here.
package io

import "errors"

// Whence values for Seek.
const (
	// SeekStart seeks relative to the start of the stream.
	SeekStart = 0
	// SeekCurrent seeks relative to the current offset.
	SeekCurrent = 1
	// SeekEnd seeks relative to the end.
	SeekEnd = 2
)

// EOF is the error Read returns when no more input is available, and only
// then: it marks a graceful end, not a failure.
var EOF = errors.New("EOF")

// ErrUnexpectedEOF means EOF came in the middle of a fixed-size block or
// structure.
var ErrUnexpectedEOF = errors.New("unexpected EOF")

// ErrShortWrite means a write accepted fewer bytes than requested without
// saying why.
var ErrShortWrite = errors.New("short write")

// ErrShortBuffer means a read needed a larger buffer than it was given.
var ErrShortBuffer = errors.New("short buffer")

// ErrNoProgress is returned by some clients of a Reader when many calls
// to Read have returned neither data nor an error.
var ErrNoProgress = errors.New("multiple Read calls return no data or error")

// errInvalidWrite is reported when a Write claims an impossible count.
var errInvalidWrite = errors.New("invalid write result")

// Reader is anything that reads bytes into p, returning how many (0 <= n
// <= len(p)) and an error, EOF at the end of input.
type Reader interface {
	Read(p []byte) (n int, err error)
}

// Writer is anything that writes the bytes of p, returning how many were
// written and a non-nil error if that is fewer than len(p).
type Writer interface {
	Write(p []byte) (n int, err error)
}

// Closer is anything that can be closed.
type Closer interface {
	Close() error
}

// Seeker moves the offset of the next Read or Write to offset, relative to
// whence (SeekStart, SeekCurrent or SeekEnd), and returns the new offset
// from the start.
type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

// ReadWriter groups Read and Write.
type ReadWriter interface {
	Reader
	Writer
}

// ReadCloser groups Read and Close.
type ReadCloser interface {
	Reader
	Closer
}

// WriteCloser groups Write and Close.
type WriteCloser interface {
	Writer
	Closer
}

// ReadWriteCloser groups Read, Write and Close.
type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

// ReadSeeker groups Read and Seek.
type ReadSeeker interface {
	Reader
	Seeker
}

// ReadSeekCloser groups Read, Seek and Close.
type ReadSeekCloser interface {
	Reader
	Seeker
	Closer
}

// WriteSeeker groups Write and Seek.
type WriteSeeker interface {
	Writer
	Seeker
}

// ReadWriteSeeker groups Read, Write and Seek.
type ReadWriteSeeker interface {
	Reader
	Writer
	Seeker
}

// ReaderFrom reads from r until EOF or an error; Copy prefers it.
type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

// WriterTo writes its data to w until it runs out or an error; Copy
// prefers it.
type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

// ReaderAt reads len(p) bytes at offset off, independently of any stream
// position; fewer bytes come with a non-nil error.
type ReaderAt interface {
	ReadAt(p []byte, off int64) (n int, err error)
}

// WriterAt writes len(p) bytes at offset off.
type WriterAt interface {
	WriteAt(p []byte, off int64) (n int, err error)
}

// ByteReader reads one byte.
type ByteReader interface {
	ReadByte() (byte, error)
}

// ByteScanner is a ByteReader that can step back one byte.
type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

// ByteWriter writes one byte.
type ByteWriter interface {
	WriteByte(c byte) error
}

// RuneReader reads one UTF-8 encoded rune, returning it and its size.
type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

// RuneScanner is a RuneReader that can step back one rune.
type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

// StringWriter writes a string without converting it to bytes first.
type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// WriteString writes s to w, through w's WriteString method if it has
// one.
func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

// ReadAtLeast reads into buf until at least min bytes have been read or
// an error happens. With fewer than min bytes the error is EOF if nothing
// was read and ErrUnexpectedEOF if something was; a buffer shorter than min
// gives ErrShortBuffer. Having read min bytes, it drops any error.
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if len(buf) < min {
		return 0, ErrShortBuffer
	}
	for n < min && err == nil {
		var got int
		got, err = r.Read(buf[n:])
		n += got
	}
	if n >= min {
		err = nil
	} else if n > 0 && err == EOF {
		err = ErrUnexpectedEOF
	}
	return n, err
}

// ReadFull reads exactly len(buf) bytes, with ReadAtLeast's errors.
func ReadFull(r Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

// CopyN copies n bytes (or until an error) from src to dst; fewer than n
// bytes come with an error, EOF if src ran out.
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	written, err = Copy(dst, LimitReader(src, n))
	if written == n {
		return n, nil
	}
	if written < n && err == nil {
		err = EOF
	}
	return written, err
}

// Copy copies from src to dst until EOF or an error and returns the number
// of bytes copied; reaching EOF is success (nil error). It lets src write
// itself (WriterTo) or dst read (ReaderFrom) when they can.
func Copy(dst Writer, src Reader) (written int64, err error) {
	return copyBuffer(dst, src, nil)
}

// CopyBuffer is Copy staging through buf instead of a buffer of its own
// (buf is unused if src is a WriterTo or dst a ReaderFrom). It panics if
// buf is non-nil and empty.
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if buf != nil && len(buf) == 0 {
		panic("empty buffer in CopyBuffer")
	}
	return copyBuffer(dst, src, buf)
}

// defaultCopySize is the buffer Copy allocates when it needs one.
const defaultCopySize = 32 * 1024

func copyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if wt, ok := src.(WriterTo); ok {
		return wt.WriteTo(dst)
	}
	if rf, ok := dst.(ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	if buf == nil {
		size := defaultCopySize
		if limited, ok := src.(*LimitedReader); ok && int64(size) > limited.N {
			// No point in a buffer larger than what may be read.
			size = 1
			if limited.N > 1 {
				size = int(limited.N)
			}
		}
		buf = make([]byte, size)
	}
	for {
		nr, readErr := src.Read(buf)
		if nr > 0 {
			nw, writeErr := dst.Write(buf[:nr])
			if nw < 0 || nr < nw {
				nw = 0
				if writeErr == nil {
					writeErr = errInvalidWrite
				}
			}
			written += int64(nw)
			if writeErr != nil {
				return written, writeErr
			}
			if nr != nw {
				return written, ErrShortWrite
			}
		}
		if readErr != nil {
			if readErr != EOF {
				err = readErr
			}
			return written, err
		}
	}
}

// ReadAll reads from r until EOF or an error and returns what it read;
// reaching EOF is success (nil error).
func ReadAll(r Reader) ([]byte, error) {
	b := make([]byte, 0, 512)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == EOF {
				err = nil
			}
			return b, err
		}
	}
}
