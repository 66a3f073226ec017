package bytes

import (
	"unicode"
	"unicode/utf8"
)

// Trim returns the subslice of s without the leading and trailing runes
// that are in cutset; nil if that leaves nothing (or s is empty).
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimLeft(TrimRight(s, cutset), cutset)
}

// TrimLeft returns the subslice of s without the leading runes that are
// in cutset; nil if that leaves nothing.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	if set, ok := makeASCIISet(cutset); ok {
		for len(s) > 0 && set.contains(s[0]) {
			s = s[1:]
		}
	} else {
		for len(s) > 0 {
			r, size := rune(s[0]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRune(s)
			}
			if !containsRune(cutset, r) {
				break
			}
			s = s[size:]
		}
	}
	if len(s) == 0 {
		return nil
	}
	return s
}

// TrimRight returns the subslice of s without the trailing runes that are
// in cutset.
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	if set, ok := makeASCIISet(cutset); ok {
		for len(s) > 0 && set.contains(s[len(s)-1]) {
			s = s[:len(s)-1]
		}
		return s
	}
	for len(s) > 0 {
		r, size := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRune(s)
		}
		if !containsRune(cutset, r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

// TrimSpace returns the subslice of s without leading and trailing white
// space; nil if that leaves nothing.
func TrimSpace(s []byte) []byte {
	start := 0
	for ; start < len(s); start++ {
		c := s[start]
		if c >= utf8.RuneSelf {
			return TrimFunc(s[start:], unicode.IsSpace)
		}
		if !asciiSpace[c] {
			break
		}
	}
	stop := len(s)
	for ; stop > start; stop-- {
		c := s[stop-1]
		if c >= utf8.RuneSelf {
			return TrimFunc(s[start:stop], unicode.IsSpace)
		}
		if !asciiSpace[c] {
			break
		}
	}
	if start == stop {
		return nil
	}
	return s[start:stop]
}

// TrimFunc returns the subslice of s without the leading and trailing
// runes satisfying f.
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimLeftFunc returns the subslice of s without the leading runes
// satisfying f; nil if that leaves nothing.
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := indexFunc(s, f, false)
	if i < 0 {
		return nil
	}
	return s[i:]
}

// TrimRightFunc returns the subslice of s without the trailing runes
// satisfying f.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, width := utf8.DecodeRune(s[i:])
		i += width
	} else {
		i++
	}
	return s[:i]
}

// TrimPrefix returns s without prefix, if s begins with it.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without suffix, if s ends with it.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}
