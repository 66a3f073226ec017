// Package hex implements hexadecimal encoding and decoding.
package hex

import (
	"errors"
	"io"
	"strconv"
	"strings"
)

const digits = "0123456789abcdef"

// chunk is how many encoded bytes the streaming Encoder and Decoder handle at a time.
const chunk = 1024

// ErrLength reports an attempt to decode an odd-length input using Decode or DecodeString. The
// stream-based Decoder returns io.ErrUnexpectedEOF instead of ErrLength.
var ErrLength = errors.New("encoding/hex: odd length hex string")

// InvalidByteError values describe errors resulting from an invalid byte in a hex string.
type InvalidByteError byte

// Error describes the byte as fmt's %#U would: U+0067 'g'.
func (e InvalidByteError) Error() string {
	r := rune(e)
	code := strings.ToUpper(strconv.FormatInt(int64(r), 16))
	text := "encoding/hex: invalid byte: U+" + strings.Repeat("0", 4-len(code)) + code
	if strconv.IsPrint(r) {
		text += " '" + string(r) + "'"
	}
	return text
}

// EncodedLen returns the length of an encoding of n source bytes. Specifically, it returns n * 2.
func EncodedLen(n int) int { return n * 2 }

// Encode encodes src into EncodedLen(len(src)) bytes of dst. As a convenience, it returns the
// number of bytes written to dst, but this value is always EncodedLen(len(src)). Encode
// implements hexadecimal encoding.
func Encode(dst, src []byte) int {
	for i, b := range src {
		dst[2*i] = digits[b>>4]
		dst[2*i+1] = digits[b&0x0f]
	}
	return len(src) * 2
}

// EncodeToString returns the hexadecimal encoding of src.
func EncodeToString(src []byte) string {
	dst := make([]byte, EncodedLen(len(src)))
	Encode(dst, src)
	return string(dst)
}

// DecodedLen returns the length of a decoding of x source bytes. Specifically, it returns x / 2.
func DecodedLen(x int) int { return x / 2 }

// value is the value of a hexadecimal digit (either case), ok false for other bytes.
func value(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// Decode decodes src into DecodedLen(len(src)) bytes, returning the actual number of bytes
// written to dst.
//
// Decode expects that src contains only hexadecimal characters and that src has even length.
// If the input is malformed, Decode returns the number of bytes decoded before the error.
func Decode(dst, src []byte) (int, error) {
	n := 0
	for ; 2*n+1 < len(src); n++ {
		high, ok := value(src[2*n])
		if !ok {
			return n, InvalidByteError(src[2*n])
		}
		low, ok := value(src[2*n+1])
		if !ok {
			return n, InvalidByteError(src[2*n+1])
		}
		dst[n] = high<<4 | low
	}
	if len(src)%2 == 1 {
		// An invalid last byte is reported before the odd length.
		if _, ok := value(src[len(src)-1]); !ok {
			return n, InvalidByteError(src[len(src)-1])
		}
		return n, ErrLength
	}
	return n, nil
}

// DecodeString returns the bytes represented by the hexadecimal string s.
//
// DecodeString expects that src contains only hexadecimal characters and that src has even
// length. If the input is malformed, DecodeString returns the bytes decoded before the error.
func DecodeString(s string) ([]byte, error) {
	src := []byte(s)
	n, err := Decode(src, src)
	return src[:n], err
}

// Dump returns a string that contains a hex dump of the given data. The format of the hex dump
// matches the output of `hexdump -C` on the command line.
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var out strings.Builder
	d := Dumper(&out)
	d.Write(data)
	d.Close()
	return out.String()
}

type encoder struct {
	w   io.Writer
	err error
	out [chunk]byte
}

// NewEncoder returns an io.Writer that writes lowercase hexadecimal characters to w.
func NewEncoder(w io.Writer) io.Writer { return &encoder{w: w} }

func (e *encoder) Write(p []byte) (n int, err error) {
	for len(p) > 0 && e.err == nil {
		piece := p
		if len(piece) > chunk/2 {
			piece = piece[:chunk/2]
		}
		var written int
		written, e.err = e.w.Write(e.out[:Encode(e.out[:], piece)])
		n += written / 2
		p = p[len(piece):]
	}
	return n, e.err
}

type decoder struct {
	r       io.Reader
	err     error
	pending []byte // encoded bytes read but not yet decoded
	buf     [chunk]byte
}

// NewDecoder returns an io.Reader that decodes hexadecimal characters from r. NewDecoder
// expects that r contain only an even number of hexadecimal characters.
func NewDecoder(r io.Reader) io.Reader { return &decoder{r: r} }

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.pending) < 2 && d.err == nil {
		kept := copy(d.buf[:], d.pending)
		var read int
		read, d.err = d.r.Read(d.buf[kept:])
		d.pending = d.buf[:kept+read]
		if d.err == io.EOF && len(d.pending)%2 == 1 {
			last := d.pending[len(d.pending)-1]
			if _, ok := value(last); !ok {
				d.err = InvalidByteError(last)
			} else {
				d.err = io.ErrUnexpectedEOF
			}
		}
	}
	if len(p) > len(d.pending)/2 {
		p = p[:len(d.pending)/2]
	}
	n, err = Decode(p, d.pending[:2*len(p)])
	d.pending = d.pending[2*n:]
	if err != nil {
		d.pending, d.err = nil, err
	}
	// Errors wait until the decoded bytes before them are all handed out.
	if len(d.pending) < 2 {
		return n, d.err
	}
	return n, nil
}

// Dumper returns a WriteCloser that writes a hex dump of all written data to w. The format of
// the dump matches the output of `hexdump -C` on the command line.
func Dumper(w io.Writer) io.WriteCloser { return &dumper{w: w} }

type dumper struct {
	w      io.Writer
	text   [18]byte // the line's printable column, then "|\n"
	column int      // bytes on the current line
	offset uint
	closed bool
}

// cell is a byte's hex column entry: two digits and a space, one more space after the eighth,
// and " |" after the sixteenth, where the text column starts.
func cell(hexDigits string, column int) string {
	switch column {
	case 7:
		return hexDigits + "  "
	case 15:
		return hexDigits + "  |"
	}
	return hexDigits + " "
}

func (h *dumper) Write(data []byte) (n int, err error) {
	if h.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	for _, b := range data {
		if h.column == 0 {
			o := h.offset
			start := EncodeToString([]byte{byte(o >> 24), byte(o >> 16), byte(o >> 8), byte(o)}) + "  "
			if _, err = io.WriteString(h.w, start); err != nil {
				return
			}
		}
		if _, err = io.WriteString(h.w, cell(EncodeToString([]byte{b}), h.column)); err != nil {
			return
		}
		n++
		if b < 32 || b > 126 {
			b = '.'
		}
		h.text[h.column] = b
		h.column++
		h.offset++
		if h.column == 16 {
			h.text[16], h.text[17] = '|', '\n'
			if _, err = h.w.Write(h.text[:]); err != nil {
				return
			}
			h.column = 0
		}
	}
	return
}

func (h *dumper) Close() (err error) {
	if h.closed {
		return
	}
	h.closed = true
	if h.column == 0 {
		return
	}
	used := h.column
	for ; h.column < 16; h.column++ {
		if _, err = io.WriteString(h.w, cell("  ", h.column)); err != nil {
			return
		}
	}
	h.text[used], h.text[used+1] = '|', '\n'
	_, err = h.w.Write(h.text[:used+2])
	return
}
