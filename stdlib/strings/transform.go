package strings

import (
	"unicode"
	"unicode/utf8"
)

// Map returns s with each rune replaced by mapping(rune), runes mapped to
// a negative value being dropped. An invalid byte is passed as
// utf8.RuneError. If nothing changes, s itself is returned. mapping is
// called once per rune, in order.
func Map(mapping func(rune) rune, s string) string {
	// Find the first rune that changes; most calls change nothing.
	for i, c := range s {
		r := mapping(c)
		if r == c && c != utf8.RuneError {
			continue
		}
		width := utf8.RuneLen(c)
		if c == utf8.RuneError {
			var decoded rune
			decoded, width = utf8.DecodeRuneInString(s[i:])
			if width != 1 && r == decoded {
				continue // a genuine U+FFFD mapped to itself
			}
		}
		buf := make([]byte, i, len(s)+utf8.UTFMax)
		copy(buf, s[:i])
		if r >= 0 {
			buf = utf8.AppendRune(buf, r)
		}
		for _, c := range s[i+width:] {
			if r := mapping(c); r >= 0 {
				if r < utf8.RuneSelf {
					buf = append(buf, byte(r))
				} else {
					buf = utf8.AppendRune(buf, r)
				}
			}
		}
		return string(buf)
	}
	return s
}

// isASCIIWith reports whether s is all ASCII and whether it has a byte in
// lo..hi.
func isASCIIWith(s string, lo, hi byte) (ascii, has bool) {
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

// ToUpper returns s with every rune mapped to upper case.
func ToUpper(s string) string {
	ascii, hasLower := isASCIIWith(s, 'a', 'z')
	if !ascii {
		return Map(unicode.ToUpper, s)
	}
	if !hasLower {
		return s
	}
	buf := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		buf[i] = c
	}
	return string(buf)
}

// ToLower returns s with every rune mapped to lower case.
func ToLower(s string) string {
	ascii, hasUpper := isASCIIWith(s, 'A', 'Z')
	if !ascii {
		return Map(unicode.ToLower, s)
	}
	if !hasUpper {
		return s
	}
	buf := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return string(buf)
}

// ToTitle returns s with every rune mapped to title case.
func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

// ToUpperSpecial maps s to upper case, c's mappings first.
func ToUpperSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToUpper, s) }

// ToLowerSpecial maps s to lower case, c's mappings first.
func ToLowerSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToLower, s) }

// ToTitleSpecial maps s to title case, c's mappings first.
func ToTitleSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToTitle, s) }

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

// Title returns s with the first rune of each word mapped to title case.
//
// Deprecated: words are found by a crude rule that does not handle
// Unicode punctuation properly; use golang.org/x/text/cases instead.
func Title(s string) string {
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

// Repeat returns count copies of s. It panics if count is negative or
// the result's length would overflow.
func Repeat(s string, count int) string {
	if count == 0 {
		return ""
	}
	if count < 0 {
		panic("strings: negative Repeat count")
	} else if len(s)*count/count != len(s) {
		panic("strings: Repeat count causes overflow")
	}
	var b Builder
	b.Grow(len(s) * count)
	b.WriteString(s)
	// Double what is there until the next doubling would pass the end.
	for b.Len() < len(s)*count {
		if b.Len() <= len(s)*count/2 {
			b.buf = append(b.buf, b.buf...)
		} else {
			b.buf = append(b.buf, b.buf[:len(s)*count-b.Len()]...)
		}
	}
	return b.String()
}

// Replace returns s with the first n non-overlapping instances of old
// replaced by new (all if n < 0). An empty old matches at the start and
// after each rune.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	if m := Count(s, old); m == 0 {
		return s
	} else if n < 0 || m < n {
		n = m
	}
	buf := make([]byte, 0, len(s)+n*(len(new)-len(old)))
	start := 0
	for i := 0; i < n; i++ {
		at := start
		if len(old) == 0 {
			if i > 0 {
				_, width := utf8.DecodeRuneInString(s[start:])
				at += width
			}
		} else {
			at += Index(s[start:], old)
		}
		buf = append(buf, s[start:at]...)
		buf = append(buf, new...)
		start = at + len(old)
	}
	buf = append(buf, s[start:]...)
	return string(buf)
}

// ReplaceAll returns s with every non-overlapping instance of old replaced
// by new.
func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }

// ToValidUTF8 returns s with each run of invalid UTF-8 bytes replaced by
// replacement.
func ToValidUTF8(s, replacement string) string {
	var buf []byte
	copied := 0      // s[:copied] is in buf
	invalid := false // the previous byte was invalid
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			invalid = false
			continue
		}
		_, width := utf8.DecodeRuneInString(s[i:])
		if width > 1 {
			i += width
			invalid = false
			continue
		}
		if buf == nil {
			buf = make([]byte, 0, len(s)+len(replacement))
		}
		buf = append(buf, s[copied:i]...)
		if !invalid {
			buf = append(buf, replacement...)
		}
		invalid = true
		i++
		copied = i
	}
	if buf == nil {
		return s
	}
	buf = append(buf, s[copied:]...)
	return string(buf)
}

// Clone returns a fresh copy of s, so that keeping the copy does not keep
// a larger string s is part of alive.
func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	return string([]byte(s))
}
