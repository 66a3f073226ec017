package bufio

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

// Scanner reads input as a sequence of tokens: lines by default, or what
// a SplitFunc cuts (ScanWords, ScanRunes, ScanBytes or your own). Scanning
// stops at EOF, at the first error, or at a token too large for the
// buffer (ErrTooLong; see Buffer).
//
// The buffer starts at 4096 bytes and doubles up to the maximum token
// size; unconsumed bytes slide to its front before each read.
type Scanner struct {
	r            io.Reader
	split        SplitFunc
	maxTokenSize int
	token        []byte // the last token
	buf          []byte // the unconsumed input is buf[start:end]
	start        int
	end          int
	err          error // sticky; io.EOF once the input ended
	empties      int   // successive empty tokens at EOF
	scanCalled   bool
	done         bool
}

// SplitFunc cuts the next token from data, the unconsumed input (atEOF
// when no more will come). It returns how many bytes to consume, the
// token (nil for none yet: then the Scanner reads more, unless atEOF), and
// an error that stops the scan; ErrFinalToken delivers token as the last.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// Errors of Scanner.
var (
	// ErrTooLong means a token did not fit the largest buffer.
	ErrTooLong = errors.New("bufio.Scanner: token too long")
	// ErrNegativeAdvance means a SplitFunc returned a negative advance.
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	// ErrAdvanceTooFar means a SplitFunc advanced beyond its data.
	ErrAdvanceTooFar = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	// ErrBadReadCount means the reader returned an impossible count.
	ErrBadReadCount = errors.New("bufio.Scanner: Read returned impossible count")
	// ErrFinalToken is returned by a SplitFunc to deliver its token as
	// the last one; Scan then stops without an error.
	ErrFinalToken = errors.New("final token")
)

const (
	// MaxScanTokenSize is the default limit on the size of a token.
	MaxScanTokenSize = 64 * 1024
	startBufSize     = 4096
)

// NewScanner returns a Scanner reading r line by line.
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, maxTokenSize: MaxScanTokenSize}
}

// Err returns the error that stopped the scan, or nil if it reached EOF.
func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

// Bytes returns the last token, as a slice that the next Scan may
// overwrite.
func (s *Scanner) Bytes() []byte { return s.token }

// Text returns the last token as a new string.
func (s *Scanner) Text() string { return string(s.token) }

// Scan advances to the next token, which Bytes and Text then return, and
// reports whether there was one. It panics if the split function returns
// 100 empty tokens in a row at EOF without consuming input.
func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	s.scanCalled = true
	for {
		// Try to cut a token from what is buffered (or, after the input
		// ended, from whatever is left).
		if s.end > s.start || s.err != nil {
			advance, token, err := s.split(s.buf[s.start:s.end], s.err != nil)
			if err != nil {
				if err == ErrFinalToken {
					s.token = token
					s.done = true
					return true
				}
				s.setErr(err)
				return false
			}
			if !s.advance(advance) {
				return false
			}
			s.token = token
			if token != nil {
				if s.err == nil || advance > 0 {
					s.empties = 0
				} else {
					s.empties++
					if s.empties > maxConsecutiveEmptyReads {
						panic("bufio.Scan: too many empty tokens without progressing")
					}
				}
				return true
			}
		}
		if s.err != nil {
			s.start = 0
			s.end = 0
			return false
		}
		s.makeRoom()
		if s.err != nil {
			return false
		}
		s.read()
	}
}

// makeRoom slides the unconsumed input to the front of the buffer when
// that helps, and grows a full buffer (up to the maximum token size).
func (s *Scanner) makeRoom() {
	if s.start > 0 && (s.end == len(s.buf) || s.start > len(s.buf)/2) {
		copy(s.buf, s.buf[s.start:s.end])
		s.end -= s.start
		s.start = 0
	}
	if s.end < len(s.buf) {
		return
	}
	const maxInt = int(^uint(0) >> 1)
	if len(s.buf) >= s.maxTokenSize || len(s.buf) > maxInt/2 {
		s.setErr(ErrTooLong)
		return
	}
	size := len(s.buf) * 2
	if size == 0 {
		size = startBufSize
	}
	if size > s.maxTokenSize {
		size = s.maxTokenSize
	}
	bigger := make([]byte, size)
	copy(bigger, s.buf[s.start:s.end])
	s.buf = bigger
	s.end -= s.start
	s.start = 0
}

// read reads once into the free end of the buffer, retrying reads that
// return nothing up to a limit.
func (s *Scanner) read() {
	for empty := 0; ; {
		n, err := s.r.Read(s.buf[s.end:len(s.buf)])
		if n < 0 || len(s.buf)-s.end < n {
			s.setErr(ErrBadReadCount)
			return
		}
		s.end += n
		if err != nil {
			s.setErr(err)
			return
		}
		if n > 0 {
			s.empties = 0
			return
		}
		empty++
		if empty > maxConsecutiveEmptyReads {
			s.setErr(io.ErrNoProgress)
			return
		}
	}
}

// advance consumes n bytes of input, if the split function's n is valid.
func (s *Scanner) advance(n int) bool {
	if n < 0 {
		s.setErr(ErrNegativeAdvance)
		return false
	}
	if n > s.end-s.start {
		s.setErr(ErrAdvanceTooFar)
		return false
	}
	s.start += n
	return true
}

// setErr records the first error (an error after EOF replaces EOF).
func (s *Scanner) setErr(err error) {
	if s.err == nil || s.err == io.EOF {
		s.err = err
	}
}

// Buffer sets the initial buffer (its whole capacity is used) and the
// maximum token size. It panics if called after Scan.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.scanCalled {
		panic("Buffer called after Scan")
	}
	s.buf = buf[0:cap(buf)]
	s.maxTokenSize = max
}

// Split sets the split function. It panics if called after Scan.
func (s *Scanner) Split(split SplitFunc) {
	if s.scanCalled {
		panic("Split called after Scan")
	}
	s.split = split
}

// ScanBytes is a SplitFunc returning each byte as a token.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[0:1], nil
}

// errorRune is the token ScanRunes returns for an invalid byte.
var errorRune = []byte(string(utf8.RuneError))

// ScanRunes is a SplitFunc returning each UTF-8 encoded rune as a token;
// an invalid byte gives the encoding of U+FFFD.
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if data[0] < utf8.RuneSelf {
		return 1, data[0:1], nil
	}
	_, width := utf8.DecodeRune(data)
	if width > 1 {
		return width, data[0:width], nil
	}
	// An error: but a rune cut short may be completed by more input.
	if !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil
	}
	return 1, errorRune, nil
}

// dropCR removes a final '\r'.
func dropCR(data []byte) []byte {
	if len(data) > 0 && data[len(data)-1] == '\r' {
		return data[0 : len(data)-1]
	}
	return data
}

// ScanLines is a SplitFunc returning each line without its "\n" or
// "\r\n"; the last line may lack the newline, and an empty last line is
// not returned.
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		return i + 1, dropCR(data[0:i]), nil
	}
	if atEOF {
		return len(data), dropCR(data), nil
	}
	return 0, nil, nil
}

// isSpace reports whether r is white space (unicode.IsSpace, written out
// so that bufio does not need the unicode tables).
func isSpace(r rune) bool {
	if r <= '\u00FF' {
		switch r {
		case ' ', '\t', '\n', '\v', '\f', '\r', '\u0085', '\u00A0':
			return true
		}
		return false
	}
	if '\u2000' <= r && r <= '\u200a' {
		return true
	}
	switch r {
	case '\u1680', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000':
		return true
	}
	return false
}

// ScanWords is a SplitFunc returning each run of non-space runes as a
// token.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for start < len(data) {
		r, width := utf8.DecodeRune(data[start:])
		if !isSpace(r) {
			break
		}
		start += width
	}
	for i := start; i < len(data); {
		r, width := utf8.DecodeRune(data[i:])
		if isSpace(r) {
			return i + width, data[start:i], nil
		}
		i += width
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}
