// Package base64 implements base64 encoding as specified by RFC 4648.
//
// Decoding follows gc's step for step where a caller can see it: the offsets in
// CorruptInputError, the bytes written to dst before an error, and the fast paths that decode
// 8 (or 4) characters at once and store 8 (or 4) bytes, the last two (one) of them zero, when
// dst has the room.
package base64

import (
	"io"
	"strconv"
)

// An Encoding is a radix 64 encoding/decoding scheme, defined by a 64-character alphabet. The
// most common encoding is the "base64" encoding defined in RFC 4648 and used in MIME (RFC 2045)
// and PEM (RFC 1421). RFC 4648 also defines an alternate encoding, which is the standard
// encoding with - and _ substituted for + and /.
type Encoding struct {
	alphabet [64]byte
	values   [256]byte // the value of each alphabet byte, invalid elsewhere
	padChar  rune
	strict   bool
}

const (
	// StdPadding is the standard padding character.
	StdPadding rune = '='
	// NoPadding means no padding.
	NoPadding rune = -1
)

const invalid = 0xff

const (
	stdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	urlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
)

// NewEncoding returns a new padded Encoding defined by the given alphabet, which must be a
// 64-byte string that does not contain the padding character or CR / LF ('\r', '\n'). The
// resulting Encoding uses the default padding character ('='), which may be changed or
// disabled via WithPadding.
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	e := &Encoding{padChar: StdPadding}
	for i := range e.values {
		e.values[i] = invalid
	}
	for i := 0; i < 64; i++ {
		c := encoder[i]
		if c == '\n' || c == '\r' {
			panic("encoding alphabet contains newline character")
		}
		e.alphabet[i] = c
		e.values[c] = byte(i)
	}
	return e
}

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

// Strict creates a new encoding identical to enc except with strict decoding enabled. In this
// mode, the decoder requires that trailing padding bits are zero, as described in RFC 4648
// section 3.5.
//
// Note that the input is still malleable, as new line characters (CR and LF) are still
// ignored.
func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

// StdEncoding is the standard base64 encoding, as defined in RFC 4648.
var StdEncoding = NewEncoding(stdAlphabet)

// URLEncoding is the alternate base64 encoding defined in RFC 4648. It is typically used in
// URLs and file names.
var URLEncoding = NewEncoding(urlAlphabet)

// RawStdEncoding is the standard raw, unpadded base64 encoding, as defined in RFC 4648 section
// 3.2. This is the same as StdEncoding but omits padding characters.
var RawStdEncoding = StdEncoding.WithPadding(NoPadding)

// RawURLEncoding is the unpadded alternate base64 encoding defined in RFC 4648. It is typically
// used in URLs and file names. This is the same as URLEncoding but omits padding characters.
var RawURLEncoding = URLEncoding.WithPadding(NoPadding)

// Encode encodes src using the encoding enc, writing EncodedLen(len(src)) bytes to dst.
//
// The encoding pads the output to a multiple of 4 bytes, so Encode is not appropriate for use
// on individual blocks of a large data stream. Use NewEncoder() instead.
func (enc *Encoding) Encode(dst, src []byte) {
	for len(src) >= 3 {
		v := uint(src[0])<<16 | uint(src[1])<<8 | uint(src[2])
		dst[0] = enc.alphabet[v>>18&0x3f]
		dst[1] = enc.alphabet[v>>12&0x3f]
		dst[2] = enc.alphabet[v>>6&0x3f]
		dst[3] = enc.alphabet[v&0x3f]
		src, dst = src[3:], dst[4:]
	}
	if len(src) == 0 {
		return
	}
	v := uint(src[0]) << 16
	if len(src) == 2 {
		v |= uint(src[1]) << 8
	}
	dst[0] = enc.alphabet[v>>18&0x3f]
	dst[1] = enc.alphabet[v>>12&0x3f]
	if len(src) == 2 {
		dst[2] = enc.alphabet[v>>6&0x3f]
		if enc.padChar != NoPadding {
			dst[3] = byte(enc.padChar)
		}
	} else if enc.padChar != NoPadding {
		dst[2] = byte(enc.padChar)
		dst[3] = byte(enc.padChar)
	}
}

// EncodeToString returns the base64 encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return string(buf)
}

// EncodedLen returns the length in bytes of the base64 encoding of an input buffer of length n.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return (n*8 + 5) / 6
	}
	return (n + 2) / 3 * 4
}

// DecodedLen returns the maximum length in bytes of the decoded data corresponding to n bytes
// of base64-encoded data.
func (enc *Encoding) DecodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n * 6 / 8
	}
	return n / 4 * 3
}

// CorruptInputError reports the offset of the first byte of illegal base64 data.
type CorruptInputError int64

// Error names the offset.
func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

func isNewline(c byte) bool { return c == '\n' || c == '\r' }

// skipNewlines returns the index of the first byte at or after i that is not CR or LF.
func skipNewlines(src []byte, i int) int {
	for i < len(src) && isNewline(src[i]) {
		i++
	}
	return i
}

// quantum decodes up to four characters of src from i (skipping newlines, handling padding and
// the end of input), writes their bytes to dst, and returns where it stopped and how many bytes
// it wrote.
func (enc *Encoding) quantum(dst, src []byte, i int) (next, n int, err error) {
	var vals [4]byte
	count := 4
	for j := 0; j < 4; j++ {
		if i == len(src) {
			if j == 0 {
				return i, 0, nil
			}
			if j == 1 || enc.padChar != NoPadding {
				return i, 0, CorruptInputError(i - j)
			}
			count = j
			break
		}
		c := src[i]
		i++
		if v := enc.values[c]; v != invalid {
			vals[j] = v
			continue
		}
		if isNewline(c) {
			j--
			continue
		}
		if rune(c) != enc.padChar || j < 2 {
			return i, 0, CorruptInputError(i - 1)
		}
		if j == 2 {
			// "xx=" must be followed by a second padding character.
			i = skipNewlines(src, i)
			if i == len(src) {
				return i, 0, CorruptInputError(len(src))
			}
			if rune(src[i]) != enc.padChar {
				return i, 0, CorruptInputError(i - 1)
			}
			i++
		}
		if i = skipNewlines(src, i); i < len(src) {
			err = CorruptInputError(i) // data after the padding
		}
		count = j
		break
	}
	v := uint(vals[0])<<18 | uint(vals[1])<<12 | uint(vals[2])<<6 | uint(vals[3])
	b0, b1, b2 := byte(v>>16), byte(v>>8), byte(v)
	switch count {
	case 4:
		dst[2] = b2
		b2 = 0
		fallthrough
	case 3:
		dst[1] = b1
		if enc.strict && b2 != 0 {
			return i, 0, CorruptInputError(i - 1)
		}
		b1 = 0
		fallthrough
	case 2:
		dst[0] = b0
		if enc.strict && (b1 != 0 || b2 != 0) {
			return i, 0, CorruptInputError(i - 2)
		}
	}
	return i, count - 1, err
}

// block decodes the k characters of chars (all in the alphabet) into a big-endian value whose
// top 6*k bits hold them; ok is false if any is outside the alphabet.
func (enc *Encoding) block(chars []byte) (v uint64, ok bool) {
	for _, c := range chars {
		d := enc.values[c]
		if d == invalid {
			return 0, false
		}
		v = v<<6 | uint64(d)
	}
	return v, true
}

// Decode decodes src using the encoding enc. It writes at most DecodedLen(len(src)) bytes to
// dst and returns the number of bytes written. If src contains invalid base64 data, it will
// return the number of bytes successfully written and CorruptInputError. New line characters
// (\r and \n) are ignored.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	i := 0
	// Fast paths: whole groups of 8, then 4, characters with room in dst for a whole word.
	for _, group := range [2]int{8, 4} {
		word := group
		for len(src)-i >= group && len(dst)-n >= word {
			v, ok := enc.block(src[i : i+group])
			if !ok {
				var wrote int
				i, wrote, err = enc.quantum(dst[n:], src, i)
				n += wrote
				if err != nil {
					return n, err
				}
				continue
			}
			v <<= uint(64 - 6*group)
			for k := 0; k < word; k++ {
				dst[n+k] = byte(v >> (56 - 8*k))
			}
			n += group * 3 / 4
			i += group
		}
	}
	for i < len(src) {
		var wrote int
		i, wrote, err = enc.quantum(dst[n:], src, i)
		n += wrote
		if err != nil {
			return n, err
		}
	}
	return n, err
}

// DecodeString returns the bytes represented by the base64 string s.
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	buf := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(buf, []byte(s))
	return buf[:n], err
}

type encoder struct {
	err     error
	enc     *Encoding
	w       io.Writer
	pending [3]byte
	npend   int
	out     [1024]byte
}

// NewEncoder returns a new base64 stream encoder. Data written to the returned writer will be
// encoded using enc and then written to w. Base64 encodings operate in 4-byte blocks; when
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
		if e.npend < 3 {
			return n, nil
		}
		e.enc.Encode(e.out[:], e.pending[:])
		if _, e.err = e.w.Write(e.out[:4]); e.err != nil {
			return n, e.err
		}
		e.npend = 0
	}
	for len(p) >= 3 {
		size := len(e.out) / 4 * 3
		if size > len(p) {
			size = len(p) - len(p)%3
		}
		e.enc.Encode(e.out[:], p[:size])
		if _, e.err = e.w.Write(e.out[:size/3*4]); e.err != nil {
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
		_, e.err = e.w.Write(e.out[:e.enc.EncodedLen(e.npend)])
		e.npend = 0
	}
	return e.err
}

type decoder struct {
	err     error
	readErr error
	enc     *Encoding
	r       io.Reader
	in      [1024]byte // characters read, not yet decoded
	nin     int
	out     []byte // decoded bytes not yet handed out
	outBuf  [1024 / 4 * 3]byte
}

// NewDecoder constructs a new base64 stream decoder.
func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: &newlineDropper{r}}
}

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.out) > 0 {
		n = copy(p, d.out)
		d.out = d.out[n:]
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	// Read whole quanta, about as many as p can take.
	for d.nin < 4 && d.readErr == nil {
		want := len(p) / 3 * 4
		if want < 4 {
			want = 4
		}
		if want > len(d.in) {
			want = len(d.in)
		}
		var got int
		got, d.readErr = d.r.Read(d.in[d.nin:want])
		d.nin += got
	}
	if d.nin < 4 {
		if d.enc.padChar == NoPadding && d.nin > 0 {
			var got int
			got, d.err = d.enc.Decode(d.outBuf[:], d.in[:d.nin])
			d.nin = 0
			d.out = d.outBuf[:got]
			n = copy(p, d.out)
			d.out = d.out[n:]
			if n > 0 || len(p) == 0 && len(d.out) > 0 {
				return n, nil
			}
			if d.err != nil {
				return 0, d.err
			}
		}
		d.err = d.readErr
		if d.err == io.EOF && d.nin > 0 {
			d.err = io.ErrUnexpectedEOF
		}
		return 0, d.err
	}
	whole := d.nin / 4 * 4
	if d.nin/4*3 > len(p) {
		var got int
		got, d.err = d.enc.Decode(d.outBuf[:], d.in[:whole])
		d.out = d.outBuf[:got]
		n = copy(p, d.out)
		d.out = d.out[n:]
	} else {
		n, d.err = d.enc.Decode(p, d.in[:whole])
	}
	d.nin -= whole
	copy(d.in[:d.nin], d.in[whole:])
	return n, d.err
}

// newlineDropper reads from r without its CR and LF bytes.
type newlineDropper struct {
	r io.Reader
}

func (f *newlineDropper) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	for n > 0 {
		kept := 0
		for _, b := range p[:n] {
			if !isNewline(b) {
				p[kept] = b
				kept++
			}
		}
		if kept > 0 {
			return kept, err
		}
		n, err = f.r.Read(p)
	}
	return n, err
}
