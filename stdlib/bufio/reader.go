// Package bufio wraps an io.Reader or io.Writer in a buffer, so that many
// small reads or writes cost few calls to the underlying one, and scans
// input into lines, words or other tokens (Scanner).
//
// Reader keeps its unread bytes in buf[r:w]; fill slides them to the
// front and reads more behind them. Writer keeps unwritten bytes in
// buf[:n]; once a write fails, every later call returns that error.
// Buffer sizes and the points at which data is read or written follow gc,
// since they show in results (a line longer than the buffer, which bytes
// an error leaves behind).
package bufio

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

const (
	defaultBufSize    = 4096
	minReadBufferSize = 16
	// maxConsecutiveEmptyReads is how many reads returning (0, nil) in a
	// row are taken as a broken reader (io.ErrNoProgress).
	maxConsecutiveEmptyReads = 100
)

// Errors of Reader and Writer.
var (
	// ErrInvalidUnreadByte is returned by UnreadByte when the previous
	// operation did not read a byte that can be stepped back over.
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	// ErrInvalidUnreadRune is returned by UnreadRune when the previous
	// operation was not a ReadRune.
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	// ErrBufferFull is returned when a request does not fit the buffer.
	ErrBufferFull = errors.New("bufio: buffer full")
	// ErrNegativeCount is returned for a negative count.
	ErrNegativeCount = errors.New("bufio: negative count")
)

var errNegativeRead = errors.New("bufio: reader returned negative count from Read")

var errNegativeWrite = errors.New("bufio: writer returned negative count from Write")

// Reader adds a buffer to an io.Reader.
type Reader struct {
	buf          []byte
	rd           io.Reader
	r, w         int   // the unread bytes are buf[r:w]
	err          error // the underlying reader's error, not yet returned
	lastByte     int   // the last byte read, for UnreadByte; -1 if none
	lastRuneSize int   // the size of the last ReadRune, for UnreadRune; -1 if none
}

// NewReaderSize returns a Reader whose buffer holds at least size bytes
// (16 at least). If rd already is a Reader that large, it returns rd.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if b, ok := rd.(*Reader); ok && len(b.buf) >= size {
		return b
	}
	if size < minReadBufferSize {
		size = minReadBufferSize
	}
	r := new(Reader)
	r.reset(make([]byte, size), rd)
	return r
}

// NewReader returns a Reader with a buffer of the default size, 4096.
func NewReader(rd io.Reader) *Reader {
	return NewReaderSize(rd, defaultBufSize)
}

// Size returns the size of the buffer in bytes.
func (b *Reader) Size() int { return len(b.buf) }

// Reset drops any buffered data and error and makes b read from r.
func (b *Reader) Reset(r io.Reader) {
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.reset(b.buf, r)
}

func (b *Reader) reset(buf []byte, r io.Reader) {
	*b = Reader{buf: buf, rd: r, lastByte: -1, lastRuneSize: -1}
}

// fill moves the unread bytes to the front and reads once more behind
// them (retrying reads that return nothing, up to a limit).
func (b *Reader) fill() {
	if b.r > 0 {
		copy(b.buf, b.buf[b.r:b.w])
		b.w -= b.r
		b.r = 0
	}
	if b.w >= len(b.buf) {
		panic("bufio: tried to fill full buffer")
	}
	for i := 0; i < maxConsecutiveEmptyReads; i++ {
		n, err := b.rd.Read(b.buf[b.w:])
		if n < 0 {
			panic(errNegativeRead)
		}
		b.w += n
		if err != nil {
			b.err = err
			return
		}
		if n > 0 {
			return
		}
	}
	b.err = io.ErrNoProgress
}

// readErr returns the pending error and clears it.
func (b *Reader) readErr() error {
	err := b.err
	b.err = nil
	return err
}

// forgetLast makes UnreadByte and UnreadRune fail until the next read.
func (b *Reader) forgetLast() {
	b.lastByte = -1
	b.lastRuneSize = -1
}

// Peek returns the next n bytes without consuming them; the slice is
// valid until the next read. With fewer than n bytes it also returns why:
// the reader's error, or ErrBufferFull if n exceeds the buffer.
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.forgetLast()
	for b.w-b.r < n && b.w-b.r < len(b.buf) && b.err == nil {
		b.fill()
	}
	if n > len(b.buf) {
		return b.buf[b.r:b.w], ErrBufferFull
	}
	var err error
	if have := b.w - b.r; have < n {
		n = have
		err = b.readErr()
		if err == nil {
			err = ErrBufferFull
		}
	}
	return b.buf[b.r : b.r+n], err
}

// Discard skips the next n bytes and returns how many it skipped; fewer
// than n come with the reader's error.
func (b *Reader) Discard(n int) (discarded int, err error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	if n == 0 {
		return 0, nil
	}
	b.forgetLast()
	remain := n
	for {
		skip := b.Buffered()
		if skip == 0 {
			b.fill()
			skip = b.Buffered()
		}
		if skip > remain {
			skip = remain
		}
		b.r += skip
		remain -= skip
		if remain == 0 {
			return n, nil
		}
		if b.err != nil {
			return n - remain, b.readErr()
		}
	}
}

// Read reads into p and returns how many bytes it read: buffered bytes if
// there are any, else from at most one Read of the underlying reader
// (straight into p when p is at least as large as the buffer). At the end
// it returns 0, io.EOF.
func (b *Reader) Read(p []byte) (n int, err error) {
	if len(p) == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.readErr()
	}
	if b.r == b.w {
		if b.err != nil {
			return 0, b.readErr()
		}
		if len(p) >= len(b.buf) {
			// Large read: skip the buffer.
			n, b.err = b.rd.Read(p)
			if n < 0 {
				panic(errNegativeRead)
			}
			if n > 0 {
				b.lastByte = int(p[n-1])
				b.lastRuneSize = -1
			}
			return n, b.readErr()
		}
		b.r = 0
		b.w = 0
		n, b.err = b.rd.Read(b.buf)
		if n < 0 {
			panic(errNegativeRead)
		}
		if n == 0 {
			return 0, b.readErr()
		}
		b.w += n
	}
	n = copy(p, b.buf[b.r:b.w])
	b.r += n
	b.lastByte = int(b.buf[b.r-1])
	b.lastRuneSize = -1
	return n, nil
}

// ReadByte reads one byte, or returns the reader's error.
func (b *Reader) ReadByte() (byte, error) {
	b.lastRuneSize = -1
	for b.r == b.w {
		if b.err != nil {
			return 0, b.readErr()
		}
		b.fill()
	}
	c := b.buf[b.r]
	b.r++
	b.lastByte = int(c)
	return c, nil
}

// UnreadByte steps back over the last byte read. Only the most recently
// read byte can be unread, and not after Peek, Discard or WriteTo.
func (b *Reader) UnreadByte() error {
	if b.lastByte < 0 || b.r == 0 && b.w > 0 {
		return ErrInvalidUnreadByte
	}
	if b.r > 0 {
		b.r--
	} else {
		// The buffer was emptied (by a large Read): put the byte back.
		b.w = 1
	}
	b.buf[b.r] = byte(b.lastByte)
	b.forgetLast()
	return nil
}

// ReadRune reads one UTF-8 encoded rune and its size; an invalid byte
// reads as utf8.RuneError of size 1.
func (b *Reader) ReadRune() (r rune, size int, err error) {
	for b.r+utf8.UTFMax > b.w && !utf8.FullRune(b.buf[b.r:b.w]) && b.err == nil && b.w-b.r < len(b.buf) {
		b.fill()
	}
	b.lastRuneSize = -1
	if b.r == b.w {
		return 0, 0, b.readErr()
	}
	r, size = rune(b.buf[b.r]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRune(b.buf[b.r:b.w])
	}
	b.r += size
	b.lastByte = int(b.buf[b.r-1])
	b.lastRuneSize = size
	return r, size, nil
}

// UnreadRune steps back over the last rune, if the previous operation was
// a ReadRune.
func (b *Reader) UnreadRune() error {
	if b.lastRuneSize < 0 || b.r < b.lastRuneSize {
		return ErrInvalidUnreadRune
	}
	b.r -= b.lastRuneSize
	b.forgetLast()
	return nil
}

// Buffered returns the number of bytes that can be read from the buffer
// without reading more.
func (b *Reader) Buffered() int { return b.w - b.r }

// ReadSlice reads up to and including the first delim and returns a
// slice of the buffer holding it, valid until the next read. Without
// delim it returns what there is with the reader's error (io.EOF at the
// end), or the full buffer with ErrBufferFull. ReadBytes and ReadString
// are usually what you want.
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	searched := 0 // bytes already searched, not to search again
	for {
		if i := bytes.IndexByte(b.buf[b.r+searched:b.w], delim); i >= 0 {
			i += searched
			line = b.buf[b.r : b.r+i+1]
			b.r += i + 1
			break
		}
		if b.err != nil {
			line = b.buf[b.r:b.w]
			b.r = b.w
			err = b.readErr()
			break
		}
		if b.Buffered() >= len(b.buf) {
			b.r = b.w
			line = b.buf
			err = ErrBufferFull
			break
		}
		searched = b.w - b.r
		b.fill()
	}
	if last := len(line) - 1; last >= 0 {
		b.lastByte = int(line[last])
		b.lastRuneSize = -1
	}
	return line, err
}

// ReadLine returns the next line without its "\n" or "\r\n", as a slice
// of the buffer. A line longer than the buffer comes in parts, each but
// the last with isPrefix set. At the end it returns nil and io.EOF; the
// last line need not end with a newline.
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	line, err = b.ReadSlice('\n')
	if err == ErrBufferFull {
		// Keep a final '\r' for the next part, in case "\n" follows.
		if len(line) > 0 && line[len(line)-1] == '\r' {
			if b.r == 0 {
				panic("bufio: tried to rewind past start of buffer")
			}
			b.r--
			line = line[:len(line)-1]
		}
		return line, true, nil
	}
	if len(line) == 0 {
		if err != nil {
			line = nil
		}
		return line, false, err
	}
	err = nil
	if line[len(line)-1] == '\n' {
		drop := 1
		if len(line) > 1 && line[len(line)-2] == '\r' {
			drop = 2
		}
		line = line[:len(line)-drop]
	}
	return line, false, err
}

// readUntil reads up to and including delim across any number of
// buffers: the full buffers (copied), the final part (a slice of the
// buffer), their total length and the error that ended the search.
func (b *Reader) readUntil(delim byte) (full [][]byte, last []byte, total int, err error) {
	for {
		part, e := b.ReadSlice(delim)
		if e != ErrBufferFull {
			return full, part, total + len(part), e
		}
		full = append(full, append([]byte(nil), part...))
		total += len(part)
	}
}

// ReadBytes reads up to and including the first delim and returns a new
// slice holding it; without delim it returns what there is and the
// reader's error (io.EOF at the end).
func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	full, last, total, err := b.readUntil(delim)
	out := make([]byte, total)
	n := 0
	for _, part := range full {
		n += copy(out[n:], part)
	}
	copy(out[n:], last)
	return out, err
}

// ReadString is ReadBytes returning a string.
func (b *Reader) ReadString(delim byte) (string, error) {
	full, last, total, err := b.readUntil(delim)
	var sb strings.Builder
	sb.Grow(total)
	for _, part := range full {
		sb.Write(part)
	}
	sb.Write(last)
	return sb.String(), err
}

// WriteTo writes the buffered data and then the rest of the underlying
// reader to w, letting either side do the copying when it can.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	b.forgetLast()
	n, err = b.writeBuffered(w)
	if err != nil {
		return n, err
	}
	if wt, ok := b.rd.(io.WriterTo); ok {
		m, err := wt.WriteTo(w)
		return n + m, err
	}
	if rf, ok := w.(io.ReaderFrom); ok {
		m, err := rf.ReadFrom(b.rd)
		return n + m, err
	}
	if b.w-b.r < len(b.buf) {
		b.fill()
	}
	for b.r < b.w {
		m, err := b.writeBuffered(w)
		n += m
		if err != nil {
			return n, err
		}
		b.fill()
	}
	if b.err == io.EOF {
		b.err = nil
	}
	return n, b.readErr()
}

// writeBuffered writes the buffered bytes to w.
func (b *Reader) writeBuffered(w io.Writer) (int64, error) {
	n, err := w.Write(b.buf[b.r:b.w])
	if n < 0 {
		panic(errNegativeWrite)
	}
	b.r += n
	return int64(n), err
}
