// Package strings manipulates UTF-8 encoded strings: searching, splitting,
// trimming, case mapping, replacing, and building strings and reading
// from them.
//
// Searching is byte-oriented and written as plain loops that minigo's
// optimiser turns into tight code: a substring search skips ahead with
// IndexByte to candidates for the first byte and falls back to a rolling
// hash (Rabin-Karp) when candidates keep failing, so no input is quadratic.
// Invalid UTF-8 decodes as utf8.RuneError, one byte at a time, wherever
// runes are involved.
package strings

import (
	"unicode"
	"unicode/utf8"
)

// IndexByte returns the index of the first c in s, or -1.
func IndexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last c in s, or -1.
func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// hashMultiplier is the base of the rolling hash of Rabin-Karp search.
const hashMultiplier = 16777619

// hashOf returns the rolling hash of s and hashMultiplier**len(s), the
// factor that removes a byte leaving a window of len(s) bytes.
func hashOf(s string) (uint32, uint32) {
	var h uint32
	for i := 0; i < len(s); i++ {
		h = h*hashMultiplier + uint32(s[i])
	}
	var pow, sq uint32 = 1, hashMultiplier
	for n := len(s); n > 0; n >>= 1 {
		if n&1 != 0 {
			pow *= sq
		}
		sq *= sq
	}
	return h, pow
}

// indexRabinKarp is Index by comparing rolling hashes of each window of s
// with substr's, checking bytes only when they agree.
func indexRabinKarp(s, substr string) int {
	n := len(substr)
	if len(s) < n {
		return -1
	}
	want, pow := hashOf(substr)
	var h uint32
	for i := 0; i < n; i++ {
		h = h*hashMultiplier + uint32(s[i])
	}
	if h == want && s[:n] == substr {
		return 0
	}
	for i := n; i < len(s); i++ {
		h = h*hashMultiplier + uint32(s[i]) - pow*uint32(s[i-n])
		if h == want && s[i-n+1:i+1] == substr {
			return i - n + 1
		}
	}
	return -1
}

// Index returns the index of the first substr in s, or -1.
func Index(s, substr string) int {
	n := len(substr)
	switch {
	case n == 0:
		return 0
	case n == 1:
		return IndexByte(s, substr[0])
	case n == len(s):
		if s == substr {
			return 0
		}
		return -1
	case n > len(s):
		return -1
	}
	first := substr[0]
	last := len(s) - n
	misses := 0
	for i := 0; i <= last; i++ {
		if s[i] != first {
			j := IndexByte(s[i+1:last+1], first)
			if j < 0 {
				return -1
			}
			i += j + 1
		}
		if s[i:i+n] == substr {
			return i
		}
		misses++
		// Too many false starts for the distance covered: hash instead.
		if misses > 4+i>>4 && i < last {
			j := indexRabinKarp(s[i+1:], substr)
			if j < 0 {
				return -1
			}
			return i + 1 + j
		}
	}
	return -1
}

// LastIndex returns the index of the last substr in s, or -1.
func LastIndex(s, substr string) int {
	n := len(substr)
	switch {
	case n == 0:
		return len(s)
	case n == 1:
		return LastIndexByte(s, substr[0])
	case n == len(s):
		if s == substr {
			return 0
		}
		return -1
	case n > len(s):
		return -1
	}
	first := substr[0]
	for i := len(s) - n; i >= 0; i-- {
		if s[i] == first && s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first r in s, or -1. For
// utf8.RuneError it finds the first invalid byte or U+FFFD; for an invalid
// rune it returns -1.
func IndexRune(s string, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i, c := range s {
			if c == utf8.RuneError {
				return i
			}
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	return Index(s, string(r))
}

// asciiSet has bit c set for each ASCII byte c of a set of characters.
type asciiSet [8]uint32

// makeASCIISet returns the set of chars and whether chars is all ASCII.
func makeASCIISet(chars string) (set asciiSet, ok bool) {
	for i := 0; i < len(chars); i++ {
		c := chars[i]
		if c >= utf8.RuneSelf {
			return set, false
		}
		set[c/32] |= 1 << (c % 32)
	}
	return set, true
}

func (set *asciiSet) contains(c byte) bool {
	return set[c/32]&(1<<(c%32)) != 0
}

// IndexAny returns the index of the first rune of s that is in chars, or
// -1. Invalid bytes and U+FFFD count as the same rune.
func IndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	if set, ok := makeASCIISet(chars); ok {
		for i := 0; i < len(s); i++ {
			if set.contains(s[i]) {
				return i
			}
		}
		return -1
	}
	for i, c := range s {
		if IndexRune(chars, c) >= 0 {
			return i
		}
	}
	return -1
}

// LastIndexAny returns the index of the last rune of s that is in chars,
// or -1.
func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	if set, ok := makeASCIISet(chars); ok {
		for i := len(s) - 1; i >= 0; i-- {
			if set.contains(s[i]) {
				return i
			}
		}
		return -1
	}
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if IndexRune(chars, r) >= 0 {
			return i
		}
	}
	return -1
}

// IndexFunc returns the index of the first rune of s satisfying f, or -1.
func IndexFunc(s string, f func(rune) bool) int {
	return indexFunc(s, f, true)
}

// LastIndexFunc returns the index of the last rune of s satisfying f, or
// -1.
func LastIndexFunc(s string, f func(rune) bool) int {
	return lastIndexFunc(s, f, true)
}

// indexFunc is IndexFunc for the runes whose f is truth.
func indexFunc(s string, f func(rune) bool, truth bool) int {
	for i, r := range s {
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// lastIndexFunc is LastIndexFunc for the runes whose f is truth.
func lastIndexFunc(s string, f func(rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// Contains reports whether substr is in s.
func Contains(s, substr string) bool { return Index(s, substr) >= 0 }

// ContainsAny reports whether any rune of chars is in s.
func ContainsAny(s, chars string) bool { return IndexAny(s, chars) >= 0 }

// ContainsRune reports whether r is in s.
func ContainsRune(s string, r rune) bool { return IndexRune(s, r) >= 0 }

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// Count returns the number of non-overlapping instances of substr in s;
// for an empty substr, one more than the number of runes in s.
func Count(s, substr string) int {
	if len(substr) == 0 {
		return utf8.RuneCountInString(s) + 1
	}
	if len(substr) == 1 {
		c := substr[0]
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] == c {
				n++
			}
		}
		return n
	}
	n := 0
	for {
		i := Index(s, substr)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(substr):]
	}
}

// Compare returns 0 if a == b, -1 if a < b and +1 if a > b, comparing
// bytes.
func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return 1
}

// EqualFold reports whether s and t are equal under simple Unicode case
// folding, rune by rune: "Go" and "GO" are, as are "k" and the Kelvin sign.
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		var sr, tr rune
		if s[0] < utf8.RuneSelf {
			sr, s = rune(s[0]), s[1:]
		} else {
			r, size := utf8.DecodeRuneInString(s)
			sr, s = r, s[size:]
		}
		if t[0] < utf8.RuneSelf {
			tr, t = rune(t[0]), t[1:]
		} else {
			r, size := utf8.DecodeRuneInString(t)
			tr, t = r, t[size:]
		}
		if !runesFoldEqual(sr, tr) {
			return false
		}
	}
	return s == t
}

// runesFoldEqual reports whether a and b are in the same simple folding
// orbit.
func runesFoldEqual(a, b rune) bool {
	if a == b {
		return true
	}
	if b < a {
		a, b = b, a
	}
	if b < utf8.RuneSelf {
		// ASCII: only letters fold, onto each other.
		return 'A' <= a && a <= 'Z' && b == a+'a'-'A'
	}
	// Walk a's orbit upwards; b is in it if we meet it before passing it.
	r := unicode.SimpleFold(a)
	for r != a && r < b {
		r = unicode.SimpleFold(r)
	}
	return r == b
}
