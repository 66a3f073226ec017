package io

import "errors"

// LimitReader returns a Reader that reads from r but stops with EOF after
// n bytes.
func LimitReader(r Reader, n int64) Reader { return &LimitedReader{r, n} }

// LimitedReader reads from R while N, the bytes it may still read, is
// positive; each Read lowers N.
type LimitedReader struct {
	R Reader // the underlying reader
	N int64  // the number of bytes left to read
}

// Read reads at most N bytes from R, and EOF once N is used up.
func (l *LimitedReader) Read(p []byte) (n int, err error) {
	if l.N <= 0 {
		return 0, EOF
	}
	if int64(len(p)) > l.N {
		p = p[:l.N]
	}
	n, err = l.R.Read(p)
	l.N -= int64(n)
	return n, err
}

// maxInt64 bounds section limits that would overflow.
const maxInt64 = 1<<63 - 1

// NewSectionReader returns a SectionReader reading r's n bytes from
// offset off.
func NewSectionReader(r ReaderAt, off int64, n int64) *SectionReader {
	limit := int64(maxInt64)
	if off <= maxInt64-n {
		limit = off + n
	}
	return &SectionReader{r, off, off, limit}
}

// SectionReader reads a section [base, limit) of a ReaderAt with Read,
// Seek and ReadAt, the offsets of Seek and ReadAt being relative to base.
type SectionReader struct {
	r     ReaderAt
	base  int64
	off   int64
	limit int64
}

var errWhence = errors.New("Seek: invalid whence")
var errOffset = errors.New("Seek: invalid offset")

// Read reads from the current offset, stopping with EOF at the section's
// end.
func (s *SectionReader) Read(p []byte) (n int, err error) {
	if s.off >= s.limit {
		return 0, EOF
	}
	if left := s.limit - s.off; int64(len(p)) > left {
		p = p[:left]
	}
	n, err = s.r.ReadAt(p, s.off)
	s.off += int64(n)
	return n, err
}

// Seek moves the offset within the section; it fails for an unknown whence
// and for an offset before the section's start.
func (s *SectionReader) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	case SeekStart:
		offset += s.base
	case SeekCurrent:
		offset += s.off
	case SeekEnd:
		offset += s.limit
	default:
		return 0, errWhence
	}
	if offset < s.base {
		return 0, errOffset
	}
	s.off = offset
	return offset - s.base, nil
}

// ReadAt reads at offset off of the section; a read reaching past the
// section's end returns what there is with EOF.
func (s *SectionReader) ReadAt(p []byte, off int64) (n int, err error) {
	if off < 0 || off >= s.limit-s.base {
		return 0, EOF
	}
	off += s.base
	if left := s.limit - off; int64(len(p)) > left {
		n, err = s.r.ReadAt(p[:left], off)
		if err == nil {
			err = EOF
		}
		return n, err
	}
	return s.r.ReadAt(p, off)
}

// Size returns the section's length in bytes.
func (s *SectionReader) Size() int64 { return s.limit - s.base }

// TeeReader returns a Reader that writes to w whatever it reads from r,
// before returning it; a failed write is returned as the read's error.
func TeeReader(r Reader, w Writer) Reader {
	return &teeReader{r, w}
}

type teeReader struct {
	r Reader
	w Writer
}

func (t *teeReader) Read(p []byte) (n int, err error) {
	n, err = t.r.Read(p)
	if n > 0 {
		if written, writeErr := t.w.Write(p[:n]); writeErr != nil {
			return written, writeErr
		}
	}
	return n, err
}

// Discard is a Writer on which every Write succeeds and does nothing.
var Discard Writer = discard{}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func (discard) WriteString(s string) (int, error) { return len(s), nil }

// discardReadSize is the buffer discard.ReadFrom reads into.
const discardReadSize = 8192

func (discard) ReadFrom(r Reader) (n int64, err error) {
	buf := make([]byte, discardReadSize)
	for {
		got, readErr := r.Read(buf)
		n += int64(got)
		if readErr != nil {
			if readErr == EOF {
				return n, nil
			}
			return n, readErr
		}
	}
}

// NopCloser returns a ReadCloser that reads from r and whose Close does
// nothing. If r is a WriterTo, so is the result.
func NopCloser(r Reader) ReadCloser {
	if _, ok := r.(WriterTo); ok {
		return nopCloserWriterTo{r}
	}
	return nopCloser{r}
}

type nopCloser struct {
	Reader
}

func (nopCloser) Close() error { return nil }

type nopCloserWriterTo struct {
	Reader
}

func (nopCloserWriterTo) Close() error { return nil }

func (c nopCloserWriterTo) WriteTo(w Writer) (n int64, err error) {
	return c.Reader.(WriterTo).WriteTo(w)
}
