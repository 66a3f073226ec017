package bytes

import (
	"unicode"
	"unicode/utf8"
)

// Map returns a new slice holding s with each rune replaced by
// mapping(rune), runes mapped to a negative value being dropped. An
// invalid byte is passed as utf8.RuneError. The result starts with the
// capacity len(s) and, when that does not suffice, twice the capacity
// plus utf8.UTFMax, as gc's.
func Map(mapping func(r rune) rune, s []byte) []byte {
	out := make([]byte, len(s))
	n := 0
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[i:])
		}
		i += size
		mapped := mapping(r)
		if mapped < 0 {
			continue
		}
		width := utf8.RuneLen(mapped)
		if width < 0 {
			width = len(string(utf8.RuneError))
		}
		if n+width > len(out) {
			bigger := make([]byte, 2*len(out)+utf8.UTFMax)
			copy(bigger, out[:n])
			out = bigger
		}
		n += utf8.EncodeRune(out[n:], mapped)
	}
	return out[:n]
}

// Repeat returns a new slice of count copies of b. It panics if count is
// negative or the result's length would overflow.
func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	if count < 0 {
		panic("bytes: negative Repeat count")
	} else if len(b)*count/count != len(b) {
		panic("bytes: Repeat count causes overflow")
	}
	total := len(b) * count
	out := make([]byte, total)
	n := copy(out, b)
	for n < total {
		n += copy(out[n:], out[:n])
	}
	return out
}

// isASCIIWith reports whether s is all ASCII and whether it has a byte in
// lo..hi.
func isASCIIWith(s []byte, lo, hi byte) (ascii, has bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false, has
		}
		if lo <= c && c <= hi {
			has = true
		}
	}
	return true, has
}

// ToUpper returns a copy of s with every rune mapped to upper case.
func ToUpper(s []byte) []byte {
	ascii, hasLower := isASCIIWith(s, 'a', 'z')
	if !ascii {
		return Map(unicode.ToUpper, s)
	}
	if !hasLower {
		// A plain copy, with append's capacity as gc's.
		return append([]byte(""), s...)
	}
	out := make([]byte, len(s))
	for i, c := range s {
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

// ToLower returns a copy of s with every rune mapped to lower case.
func ToLower(s []byte) []byte {
	ascii, hasUpper := isASCIIWith(s, 'A', 'Z')
	if !ascii {
		return Map(unicode.ToLower, s)
	}
	if !hasUpper {
		return append([]byte(""), s...)
	}
	out := make([]byte, len(s))
	for i, c := range s {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

// ToTitle returns a copy of s with every rune mapped to title case.
func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

// ToUpperSpecial maps s to upper case, c's mappings first.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToUpper, s) }

// ToLowerSpecial maps s to lower case, c's mappings first.
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToLower, s) }

// ToTitleSpecial maps s to title case, c's mappings first.
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToTitle, s) }

// ToValidUTF8 returns a copy of s with each run of invalid UTF-8 bytes
// replaced by replacement.
func ToValidUTF8(s, replacement []byte) []byte {
	out := make([]byte, 0, len(s)+len(replacement))
	invalid := false // the previous byte was invalid
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			out = append(out, c)
			i++
			invalid = false
			continue
		}
		_, width := utf8.DecodeRune(s[i:])
		if width == 1 {
			if !invalid {
				out = append(out, replacement...)
			}
			invalid = true
			i++
			continue
		}
		out = append(out, s[i:i+width]...)
		i += width
		invalid = false
	}
	return out
}

// isWordSeparator reports whether r ends a word for Title: anything but
// ASCII letters, digits and underscore in ASCII; spaces beyond it.
func isWordSeparator(r rune) bool {
	if r < utf8.RuneSelf {
		return !('0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '_')
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Title returns a copy of s with the first rune of each word mapped to
// title case.
//
// Deprecated: words are found by a crude rule that does not handle
// Unicode punctuation properly; use golang.org/x/text/cases instead.
func Title(s []byte) []byte {
	previous := ' '
	return Map(func(r rune) rune {
		starts := isWordSeparator(previous)
		previous = r
		if starts {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

// Replace returns a copy of s with the first n non-overlapping instances
// of old replaced by new (all if n < 0). An empty old matches at the
// start and after each UTF-8 sequence.
func Replace(s, old, new []byte, n int) []byte {
	m := 0
	if n != 0 {
		m = Count(s, old)
	}
	if m == 0 {
		return append([]byte(nil), s...)
	}
	if n < 0 || m < n {
		n = m
	}
	out := make([]byte, 0, len(s)+n*(len(new)-len(old)))
	start := 0
	for i := 0; i < n; i++ {
		at := start
		if len(old) == 0 {
			if i > 0 {
				_, width := utf8.DecodeRune(s[start:])
				at += width
			}
		} else {
			at += Index(s[start:], old)
		}
		out = append(out, s[start:at]...)
		out = append(out, new...)
		start = at + len(old)
	}
	return append(out, s[start:]...)
}

// ReplaceAll returns a copy of s with every non-overlapping instance of
// old replaced by new.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }
