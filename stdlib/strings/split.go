package strings

import (
	"unicode"
	"unicode/utf8"
)

// explode splits s into runes, at most n strings with the last holding
// the rest; n < 0 means all. An invalid byte becomes "\uFFFD" (except in
// the rest).
func explode(s string, n int) []string {
	count := utf8.RuneCountInString(s)
	if n < 0 || n > count {
		n = count
	}
	parts := make([]string, n)
	for i := 0; i < n-1; i++ {
		r, size := utf8.DecodeRuneInString(s)
		parts[i] = s[:size]
		if r == utf8.RuneError {
			parts[i] = string(utf8.RuneError)
		}
		s = s[size:]
	}
	if n > 0 {
		parts[n-1] = s
	}
	return parts
}

// split cuts s at each sep, keeping keep bytes of sep at the end of each
// part, into at most n parts (all if n < 0, none if n == 0).
func split(s, sep string, keep, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	parts := make([]string, n)
	i := 0
	for i < n-1 {
		at := Index(s, sep)
		if at < 0 {
			break
		}
		parts[i] = s[:at+keep]
		s = s[at+len(sep):]
		i++
	}
	parts[i] = s
	return parts[:i+1]
}

// Split slices s into the parts between the instances of sep. With an
// empty sep it splits after each rune; if sep is not in s the result is
// [s]. It is SplitN(s, sep, -1).
func Split(s, sep string) []string { return split(s, sep, 0, -1) }

// SplitAfter slices s after each instance of sep, which the parts keep.
func SplitAfter(s, sep string) []string { return split(s, sep, len(sep), -1) }

// SplitN is Split returning at most n parts, the last being the unsplit
// rest: n > 0 at most n, n == 0 none (nil), n < 0 all.
func SplitN(s, sep string, n int) []string { return split(s, sep, 0, n) }

// SplitAfterN is SplitAfter returning at most n parts, as SplitN.
func SplitAfterN(s, sep string, n int) []string { return split(s, sep, len(sep), n) }

// asciiSpace marks the ASCII white space bytes.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// Fields splits s around runs of white space (unicode.IsSpace), returning
// the non-empty parts; none if s is all space.
func Fields(s string) []string {
	count := 0
	inField := false
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		space := asciiSpace[c]
		if !space && !inField {
			count++
		}
		inField = !space
	}
	if !ascii {
		return FieldsFunc(s, unicode.IsSpace)
	}
	fields := make([]string, count)
	n := 0
	start := -1
	for i := 0; i < len(s); i++ {
		if asciiSpace[s[i]] {
			if start >= 0 {
				fields[n] = s[start:i]
				n++
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		fields[n] = s[start:]
	}
	return fields
}

// FieldsFunc splits s around runs of runes satisfying f, returning the
// non-empty parts. f is called once per rune, in order.
func FieldsFunc(s string, f func(rune) bool) []string {
	var fields []string
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				fields = append(fields, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		fields = append(fields, s[start:])
	}
	if fields == nil {
		return []string{}
	}
	return fields
}

// Cut slices s around the first sep, returning the text before and after
// it and true, or s, "" and false if sep is not in s.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// Join concatenates the elements with sep between each two.
func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	size := len(sep) * (len(elems) - 1)
	for _, e := range elems {
		size += len(e)
	}
	buf := make([]byte, 0, size)
	buf = append(buf, elems[0]...)
	for _, e := range elems[1:] {
		buf = append(buf, sep...)
		buf = append(buf, e...)
	}
	return string(buf)
}
