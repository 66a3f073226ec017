// Package base32 implements base32 encoding as specified by RFC 4648.
//
// Five bytes make eight characters of five bits each. Error offsets, the bytes written before
// an error and the stream decoder's reads follow gc's, including a quirk: without padding, the
// byte 0xFF counts as the padding character (gc compares with byte(NoPadding)).
package base32

import (
	"io"
	"strconv"
)

// An Encoding is a radix 32 encoding/decoding scheme, defined by a 32-character alphabet. The
// most common is the "base32" encoding introduced for SASL GSSAPI and standardized in RFC 4648.
// The alternate "base32hex" encoding is used in DNSSEC.
type Encoding struct {
	alphabet [32]byte
	values   [256]byte
	padChar  rune
}

const (
	// StdPadding is the standard padding character.
	StdPadding rune = '='
	// NoPadding means no padding.
	NoPadding rune = -1
)

const invalid = 0xFF

// NewEncoding returns a new Encoding defined by the given alphabet, which must be a 32-byte
// string.
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 32 {
		panic("encoding alphabet is not 32-bytes long")
	}
	e := &Encoding{padChar: StdPadding}
	copy(e.alphabet[:], encoder)
	for i := range e.values {
		e.values[i] = invalid
	}
	for i := 0; i < len(encoder); i++ {
		e.values[encoder[i]] = byte(i)
	}
	return e
}

// StdEncoding is the standard base32 encoding, as defined in RFC 4648.
var StdEncoding = NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

// HexEncoding is the “Extended Hex Alphabet” defined in RFC 4648. It is typically used in DNS.
var HexEncoding = NewEncoding("0123456789ABCDEFGHIJKLMNOPQRSTUV")

// WithPadding creates a new encoding identical to enc except with a specified padding
// character, or NoPadding to disable padding. The padding character must not be '\r' or '\n',
// must not be contained in the encoding's alphabet and must be a rune equal or below '\xff'.
func (enc Encoding) WithPadding(padding rune) *Encoding {
	if padding == '\r' || padding == '\n' || padding > 0xff {
		panic("invalid padding")
	}
	for _, c := range enc.alphabet {
		if rune(c) == padding {
			panic("padding contained in alphabet")
		}
	}
	enc.padChar = padding
	return &enc
}

// quintets splits up to five bytes into the eight 5-bit values of their characters.
func quintets(src []byte) [8]byte {
	var group [5]byte
	copy(group[:], src)
	var v uint64
	for _, b := range group {
		v = v<<8 | uint64(b)
	}
	var q [8]byte
	for i := range q {
		q[i] = byte(v>>(35-5*i)) & 31
	}
	return q
}

// Encode encodes src using the encoding enc, writing EncodedLen(len(src)) bytes to dst.
//
// The encoding pads the output to a multiple of 8 bytes, so Encode is not appropriate for use
// on individual blocks of a large data stream. Use NewEncoder() instead.
func (enc *Encoding) Encode(dst, src []byte) {
	for len(src) > 0 {
		q := quintets(src)
		// A short last group writes only the characters that fit in dst (exactly its
		// characters when dst is EncodedLen long).
		for i := 0; i < 8 && i < len(dst); i++ {
			dst[i] = enc.alphabet[q[i]]
		}
		if len(src) < 5 {
			if enc.padChar != NoPadding {
				used := []int{0, 2, 4, 5, 7}[len(src)]
				for i := 7; i >= used; i-- {
					dst[i] = byte(enc.padChar)
				}
			}
			return
		}
		src, dst = src[5:], dst[8:]
	}
}

// EncodeToString returns the base32 encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return string(buf)
}

// EncodedLen returns the length in bytes of the base32 encoding of an input buffer of length n.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return (n*8 + 4) / 5
	}
	return (n + 4) / 5 * 8
}

// DecodedLen returns the maximum length in bytes of the decoded data corresponding to n bytes
// of base32-encoded data.
func (enc *Encoding) DecodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n * 5 / 8
	}
	return n / 8 * 5
}

// CorruptInputError reports the offset of the first byte of illegal base32 data.
type CorruptInputError int64

// Error names the offset.
func (e CorruptInputError) Error() string {
	return "illegal base32 data at input byte " + strconv.FormatInt(int64(e), 10)
}

// decode decodes src (without newlines) into dst; end reports that padding (or, unpadded, the
// end of a short group) ended the message.
func (enc *Encoding) decode(dst, src []byte) (n int, end bool, err error) {
	total := len(src)
	pad := byte(enc.padChar)
	out := 0
	for len(src) > 0 && !end {
		var vals [8]byte
		count := 8
		for j := 0; j < 8; {
			if len(src) == 0 {
				if enc.padChar != NoPadding {
					return n, false, CorruptInputError(total - j)
				}
				count, end = j, true
				break
			}
			c := src[0]
			src = src[1:]
			if c == pad && j >= 2 && len(src) < 8 {
				// Padding: the rest of the group must be padding too.
				if len(src)+j < 7 {
					return n, false, CorruptInputError(total)
				}
				for k := 0; k < 7-j; k++ {
					if len(src) > k && src[k] != pad {
						return n, false, CorruptInputError(total - len(src) + k - 1)
					}
				}
				count, end = j, true
				if count == 1 || count == 3 || count == 6 {
					return n, false, CorruptInputError(total - len(src) - 1)
				}
				break
			}
			if vals[j] = enc.values[c]; vals[j] == invalid {
				return n, false, CorruptInputError(total - len(src) - 1)
			}
			j++
		}
		var v uint64
		for _, q := range vals {
			v = v<<5 | uint64(q)
		}
		// 2, 4, 5, 7 or 8 characters carry 1 to 5 whole bytes.
		whole := [9]int{2: 1, 4: 2, 5: 3, 7: 4, 8: 5}[count]
		for i := whole - 1; i >= 0; i-- {
			dst[out+i] = byte(v >> (32 - 8*i))
			n++
		}
		out += 5
	}
	return n, end, nil
}

func stripNewlines(dst, src []byte) int {
	n := 0
	for _, b := range src {
		if b != '\r' && b != '\n' {
			dst[n] = b
			n++
		}
	}
	return n
}

// Decode decodes src using the encoding enc. It writes at most DecodedLen(len(src)) bytes to
// dst and returns the number of bytes written. If src contains invalid base32 data, it will
// return the number of bytes successfully written and CorruptInputError. New line characters
// (\r and \n) are ignored.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	buf := make([]byte, len(src))
	n, _, err = enc.decode(dst, buf[:stripNewlines(buf, src)])
	return n, err
}

// DecodeString returns the bytes represented by the base32 string s.
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	buf := []byte(s)
	n, _, err := enc.decode(buf, buf[:stripNewlines(buf, buf)])
	return buf[:n], err
}

type encoder struct {
	err     error
	enc     *Encoding
	w       io.Writer
	pending [5]byte
	npend   int
	out     [1024]byte
}

// NewEncoder returns a new base32 stream encoder. Data written to the returned writer will be
// encoded using enc and then written to w. Base32 encodings operate in 5-byte blocks; when
// finished writing, the caller must Close the returned encoder to flush any partially written
// blocks.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &encoder{enc: enc, w: w}
}

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	if e.npend > 0 {
		taken := copy(e.pending[e.npend:], p)
		e.npend += taken
		n += taken
		p = p[taken:]
		if e.npend < 5 {
			return n, nil
		}
		e.enc.Encode(e.out[:], e.pending[:])
		if _, e.err = e.w.Write(e.out[:8]); e.err != nil {
			return n, e.err
		}
		e.npend = 0
	}
	for len(p) >= 5 {
		size := len(e.out) / 8 * 5
		if size > len(p) {
			size = len(p) - len(p)%5
		}
		e.enc.Encode(e.out[:], p[:size])
		if _, e.err = e.w.Write(e.out[:size/5*8]); e.err != nil {
			return n, e.err
		}
		n += size
		p = p[size:]
	}
	e.npend = copy(e.pending[:], p)
	return n + len(p), nil
}

// Close flushes any pending output from the encoder. It is an error to call Write after
// calling Close.
func (e *encoder) Close() error {
	if e.err == nil && e.npend > 0 {
		e.enc.Encode(e.out[:], e.pending[:e.npend])
		size := e.enc.EncodedLen(e.npend)
		e.npend = 0
		_, e.err = e.w.Write(e.out[:size])
	}
	return e.err
}

type decoder struct {
	err    error
	enc    *Encoding
	r      io.Reader
	end    bool
	in     [1024]byte
	nin    int
	out    []byte
	outBuf [1024 / 8 * 5]byte
}

// NewDecoder constructs a new base32 stream decoder.
func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: &newlineDropper{r}}
}

// readAtLeast reads into buf until it has min bytes or an error; running out early is an
// unexpected EOF, and so is a padded stream ending on a group boundary with nothing read.
func readAtLeast(r io.Reader, buf []byte, min int, padded bool) (n int, err error) {
	for n < min && err == nil {
		var got int
		got, err = r.Read(buf[n:])
		n += got
	}
	if err == io.EOF && (n < min && n > 0 || padded && min < 8 && n == 0) {
		err = io.ErrUnexpectedEOF
	}
	return
}

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.out) > 0 {
		n = copy(p, d.out)
		d.out = d.out[n:]
		if len(d.out) == 0 {
			return n, d.err
		}
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	want := len(p) / 5 * 8
	if want < 8 {
		want = 8
	}
	if want > len(d.in) {
		want = len(d.in)
	}
	padded := d.enc.padChar != NoPadding
	min := 1
	if padded {
		min = 8 - d.nin
	}
	var got int
	got, d.err = readAtLeast(d.r, d.in[d.nin:want], min, padded)
	d.nin += got
	if d.nin < min {
		return 0, d.err
	}
	if got > 0 && d.end {
		return 0, CorruptInputError(0)
	}
	whole := d.nin
	if padded {
		whole = d.nin / 8 * 8
	}
	if d.enc.DecodedLen(d.nin) > len(p) {
		var wrote int
		wrote, d.end, err = d.enc.decode(d.outBuf[:], d.in[:whole])
		d.out = d.outBuf[:wrote]
		n = copy(p, d.out)
		d.out = d.out[n:]
	} else {
		n, d.end, err = d.enc.decode(p, d.in[:whole])
	}
	d.nin -= whole
	copy(d.in[:d.nin], d.in[whole:])
	if err != nil && (d.err == nil || d.err == io.EOF) {
		d.err = err
	}
	if len(d.out) > 0 {
		return n, nil
	}
	return n, d.err
}

// newlineDropper reads from r without its CR and LF bytes.
type newlineDropper struct {
	r io.Reader
}

func (f *newlineDropper) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	for n > 0 {
		kept := stripNewlines(p[:n], p[:n])
		if err != nil || kept > 0 {
			return kept, err
		}
		n, err = f.r.Read(p)
	}
	return n, err
}
