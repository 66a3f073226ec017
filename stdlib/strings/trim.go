package strings

import (
	"unicode"
	"unicode/utf8"
)

// Trim returns s without the leading and trailing runes that are in
// cutset.
func Trim(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return TrimLeft(TrimRight(s, cutset), cutset)
}

// TrimLeft returns s without the leading runes that are in cutset. To
// remove a prefix string, use TrimPrefix.
func TrimLeft(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	if set, ok := makeASCIISet(cutset); ok {
		i := 0
		for i < len(s) && set.contains(s[i]) {
			i++
		}
		return s[i:]
	}
	for len(s) > 0 {
		r, size := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s)
		}
		if !ContainsRune(cutset, r) {
			break
		}
		s = s[size:]
	}
	return s
}

// TrimRight returns s without the trailing runes that are in cutset. To
// remove a suffix string, use TrimSuffix.
func TrimRight(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	if set, ok := makeASCIISet(cutset); ok {
		i := len(s)
		for i > 0 && set.contains(s[i-1]) {
			i--
		}
		return s[:i]
	}
	for len(s) > 0 {
		r, size := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(s)
		}
		if !ContainsRune(cutset, r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

// TrimSpace returns s without leading and trailing white space.
func TrimSpace(s string) string {
	start := 0
	for start < len(s) && s[start] < utf8.RuneSelf && asciiSpace[s[start]] {
		start++
	}
	end := len(s)
	for end > start && s[end-1] < utf8.RuneSelf && asciiSpace[s[end-1]] {
		end--
	}
	if start < end && (s[start] >= utf8.RuneSelf || s[end-1] >= utf8.RuneSelf) {
		return TrimFunc(s[start:end], unicode.IsSpace)
	}
	return s[start:end]
}

// TrimFunc returns s without the leading and trailing runes satisfying f.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimLeftFunc returns s without the leading runes satisfying f.
func TrimLeftFunc(s string, f func(rune) bool) string {
	i := indexFunc(s, f, false)
	if i < 0 {
		return ""
	}
	return s[i:]
}

// TrimRightFunc returns s without the trailing runes satisfying f.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, width := utf8.DecodeRuneInString(s[i:])
		i += width
	} else {
		i++
	}
	return s[:i]
}

// TrimPrefix returns s without prefix, if s begins with it.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without suffix, if s ends with it.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}
