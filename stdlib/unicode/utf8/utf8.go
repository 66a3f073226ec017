// Package utf8 encodes and decodes runes as UTF-8 byte sequences.
//
// Decoding is written as straight-line code over the leading byte: the
// ASCII case returns first, so that loops over mostly-ASCII text stay cheap
// once the call is inlined. An invalid or truncated sequence decodes as
// (RuneError, 1), which lets callers step over bad bytes one at a time.
package utf8

// Limits and sentinels of the encoding.
const (
	// RuneError is U+FFFD, returned for invalid input.
	RuneError = '\uFFFD'
	// RuneSelf is the first value that is not encoded as itself: runes
	// below it are single bytes.
	RuneSelf = 0x80
	// MaxRune is the largest valid Unicode code point.
	MaxRune = '\U0010FFFF'
	// UTFMax is the largest number of bytes one rune takes.
	UTFMax = 4
)

// Bounds of the surrogate half range, which UTF-8 may not encode.
const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// Bounds of continuation bytes (10xxxxxx).
const (
	contLow  = 0x80
	contHigh = 0xBF
)

// sequenceInfo describes what a leading byte announces: the sequence length
// (0 when the byte can never start a sequence) and the range the second
// byte must fall in, which rules out overlong forms and surrogates.
type sequenceInfo struct {
	size       int
	low, high  byte
	firstValue rune
}

// leadInfo returns the sequenceInfo of a leading byte b >= RuneSelf.
func leadInfo(b byte) sequenceInfo {
	switch {
	case b < 0xC2:
		return sequenceInfo{}
	case b < 0xE0:
		return sequenceInfo{2, contLow, contHigh, rune(b & 0x1F)}
	case b == 0xE0:
		return sequenceInfo{3, 0xA0, contHigh, rune(b & 0x0F)}
	case b == 0xED:
		return sequenceInfo{3, contLow, 0x9F, rune(b & 0x0F)}
	case b < 0xF0:
		return sequenceInfo{3, contLow, contHigh, rune(b & 0x0F)}
	case b == 0xF0:
		return sequenceInfo{4, 0x90, contHigh, rune(b & 0x07)}
	case b < 0xF4:
		return sequenceInfo{4, contLow, contHigh, rune(b & 0x07)}
	case b == 0xF4:
		return sequenceInfo{4, contLow, 0x8F, rune(b & 0x07)}
	}
	return sequenceInfo{}
}

// FullRune reports whether p begins with a complete UTF-8 encoding of a
// rune. An invalid encoding counts as complete, since it decodes as a
// one-byte error.
func FullRune(p []byte) bool {
	n := len(p)
	if n == 0 {
		return false
	}
	if p[0] < RuneSelf {
		return true
	}
	info := leadInfo(p[0])
	if n >= info.size {
		return true
	}
	// Too short: complete only if a byte already seen is out of range.
	if n > 1 && (p[1] < info.low || info.high < p[1]) {
		return true
	}
	if n > 2 && (p[2] < contLow || contHigh < p[2]) {
		return true
	}
	return false
}

// FullRuneInString is FullRune for a string.
func FullRuneInString(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	if s[0] < RuneSelf {
		return true
	}
	info := leadInfo(s[0])
	if n >= info.size {
		return true
	}
	if n > 1 && (s[1] < info.low || info.high < s[1]) {
		return true
	}
	if n > 2 && (s[2] < contLow || contHigh < s[2]) {
		return true
	}
	return false
}

// DecodeRune decodes the first rune of p and returns it with its width in
// bytes. It returns (RuneError, 0) for empty p and (RuneError, 1) for an
// invalid or truncated encoding, overlong forms and surrogates included.
func DecodeRune(p []byte) (r rune, size int) {
	n := len(p)
	if n < 1 {
		return RuneError, 0
	}
	b0 := p[0]
	if b0 < RuneSelf {
		return rune(b0), 1
	}
	info := leadInfo(b0)
	if info.size == 0 || n < info.size {
		// Not a leading byte, or truncated: one byte of error.
		return RuneError, 1
	}
	b1 := p[1]
	if b1 < info.low || info.high < b1 {
		return RuneError, 1
	}
	if info.size == 2 {
		return info.firstValue<<6 | rune(b1&0x3F), 2
	}
	b2 := p[2]
	if b2 < contLow || contHigh < b2 {
		return RuneError, 1
	}
	if info.size == 3 {
		return info.firstValue<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
	}
	b3 := p[3]
	if b3 < contLow || contHigh < b3 {
		return RuneError, 1
	}
	return info.firstValue<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), 4
}

// DecodeRuneInString is DecodeRune for a string.
func DecodeRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n < 1 {
		return RuneError, 0
	}
	b0 := s[0]
	if b0 < RuneSelf {
		return rune(b0), 1
	}
	info := leadInfo(b0)
	if info.size == 0 || n < info.size {
		return RuneError, 1
	}
	b1 := s[1]
	if b1 < info.low || info.high < b1 {
		return RuneError, 1
	}
	if info.size == 2 {
		return info.firstValue<<6 | rune(b1&0x3F), 2
	}
	b2 := s[2]
	if b2 < contLow || contHigh < b2 {
		return RuneError, 1
	}
	if info.size == 3 {
		return info.firstValue<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
	}
	b3 := s[3]
	if b3 < contLow || contHigh < b3 {
		return RuneError, 1
	}
	return info.firstValue<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), 4
}

// DecodeLastRune decodes the last rune of p and returns it with its width
// in bytes; the error cases are those of DecodeRune.
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	if p[end-1] < RuneSelf {
		return rune(p[end-1]), 1
	}
	// Walk back over at most UTFMax bytes to a possible start byte.
	start := end - 1
	limit := end - UTFMax
	if limit < 0 {
		limit = 0
	}
	for start--; start >= limit; start-- {
		if RuneStart(p[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRune(p[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is DecodeLastRune for a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	start := end - 1
	limit := end - UTFMax
	if limit < 0 {
		limit = 0
	}
	for start--; start >= limit; start-- {
		if RuneStart(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// RuneLen returns how many bytes encode r, or -1 if r is not a valid
// Unicode code point (negative, a surrogate half, or above MaxRune).
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < RuneSelf:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes the UTF-8 encoding of r into p, which must be large
// enough, and returns the number of bytes written. Invalid runes are
// written as RuneError.
func EncodeRune(p []byte, r rune) int {
	if uint32(r) < RuneSelf {
		p[0] = byte(r)
		return 1
	}
	if uint32(r) < 0x800 {
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	}
	if uint32(r) > MaxRune || (surrogateMin <= r && r <= surrogateMax) {
		r = RuneError
	}
	if uint32(r) < 0x10000 {
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	}
	_ = p[3]
	p[0] = 0xF0 | byte(r>>18)
	p[1] = 0x80 | byte(r>>12)&0x3F
	p[2] = 0x80 | byte(r>>6)&0x3F
	p[3] = 0x80 | byte(r)&0x3F
	return 4
}

// AppendRune appends the UTF-8 encoding of r to p and returns the extended
// slice. Invalid runes are appended as RuneError.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// RuneCount returns the number of runes in p; each invalid byte counts as
// one rune.
func RuneCount(p []byte) int {
	count := 0
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
		} else {
			_, size := DecodeRune(p[i:])
			i += size
		}
		count++
	}
	return count
}

// RuneCountInString is RuneCount for a string.
func RuneCountInString(s string) int {
	count := 0
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
		} else {
			_, size := DecodeRuneInString(s[i:])
			i += size
		}
		count++
	}
	return count
}

// RuneStart reports whether b may begin an encoded rune, that is, whether
// it is not a continuation byte.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Valid reports whether p consists entirely of valid UTF-8 encodings.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRune(p[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidString reports whether s consists entirely of valid UTF-8
// encodings.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidRune reports whether r can be encoded: it is a Unicode code point
// and not a surrogate half.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
