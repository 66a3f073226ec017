package bytes

import (
	"unicode"
	"unicode/utf8"
)

// explode splits s into UTF-8 sequences (an invalid byte being one), at
// most n with the last holding the rest; n <= 0 means all.
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	parts := make([][]byte, n)
	count := 0
	for len(s) > 0 {
		if count+1 >= n {
			parts[count] = s
			count++
			break
		}
		_, size := utf8.DecodeRune(s)
		parts[count] = s[:size:size]
		s = s[size:]
		count++
	}
	return parts[:count]
}

// split cuts s at each sep, keeping keep bytes of sep at the end of each
// part, into at most n parts (all if n < 0, none if n == 0). Each part but
// the last is capped at its end.
func split(s, sep []byte, keep, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	parts := make([][]byte, n)
	i := 0
	for i < n-1 {
		at := Index(s, sep)
		if at < 0 {
			break
		}
		parts[i] = s[: at+keep : at+keep]
		s = s[at+len(sep):]
		i++
	}
	parts[i] = s
	return parts[:i+1]
}

// Split slices s into the subslices between the instances of sep; with an
// empty sep, after each UTF-8 sequence.
func Split(s, sep []byte) [][]byte { return split(s, sep, 0, -1) }

// SplitAfter slices s after each instance of sep, which the parts keep.
func SplitAfter(s, sep []byte) [][]byte { return split(s, sep, len(sep), -1) }

// SplitN is Split returning at most n parts, the last being the unsplit
// rest: n > 0 at most n, n == 0 none (nil), n < 0 all.
func SplitN(s, sep []byte, n int) [][]byte { return split(s, sep, 0, n) }

// SplitAfterN is SplitAfter returning at most n parts, as SplitN.
func SplitAfterN(s, sep []byte, n int) [][]byte { return split(s, sep, len(sep), n) }

// asciiSpace marks the ASCII white space bytes.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// Fields splits s around runs of white space (unicode.IsSpace), returning
// the non-empty subslices, each capped at its end.
func Fields(s []byte) [][]byte {
	count := 0
	inField := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return FieldsFunc(s, unicode.IsSpace)
		}
		space := asciiSpace[c]
		if !space && !inField {
			count++
		}
		inField = !space
	}
	fields := make([][]byte, count)
	n := 0
	start := -1
	for i := 0; i < len(s); i++ {
		if asciiSpace[s[i]] {
			if start >= 0 {
				fields[n] = s[start:i:i]
				n++
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		fields[n] = s[start:len(s):len(s)]
	}
	return fields
}

// FieldsFunc splits s around runs of runes satisfying f, returning the
// non-empty subslices, each capped at its end. f is called once per rune,
// in order.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	fields := [][]byte{}
	start := -1
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[i:])
		}
		if f(r) {
			if start >= 0 {
				fields = append(fields, s[start:i:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		fields = append(fields, s[start:len(s):len(s)])
	}
	return fields
}

// Join concatenates the slices with sep between each two, into a new
// slice.
func Join(s [][]byte, sep []byte) []byte {
	switch len(s) {
	case 0:
		return []byte{}
	case 1:
		return append([]byte(nil), s[0]...)
	}
	size := len(sep) * (len(s) - 1)
	for _, part := range s {
		size += len(part)
	}
	joined := make([]byte, 0, size)
	joined = append(joined, s[0]...)
	for _, part := range s[1:] {
		joined = append(joined, sep...)
		joined = append(joined, part...)
	}
	return joined
}

// Runes returns the runes of s, an invalid byte being utf8.RuneError.
func Runes(s []byte) []rune {
	runes := make([]rune, utf8.RuneCount(s))
	i := 0
	for len(s) > 0 {
		r, size := utf8.DecodeRune(s)
		runes[i] = r
		i++
		s = s[size:]
	}
	return runes
}
