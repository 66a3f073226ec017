// Package bytes manipulates byte slices, as package strings does strings,
// and provides Buffer, a growable byte buffer, and Reader.
//
// Functions returning parts of their argument return subslices of it
// (sharing its memory), capped where gc caps them so that appending to a
// part cannot overwrite the next; functions returning new contents
// allocate. Which results are nil rather than empty follows gc.
package bytes

import (
	"unicode"
	"unicode/utf8"
)

// Equal reports whether a and b hold the same bytes; nil equals empty.
func Equal(a, b []byte) bool {
	return string(a) == string(b)
}

// Compare returns 0 if a == b, -1 if a < b and +1 if a > b, comparing
// bytes; nil equals empty.
func Compare(a, b []byte) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return 1
	}
	return 0
}

// IndexByte returns the index of the first c in b, or -1.
func IndexByte(b []byte, c byte) int {
	for i := 0; i < len(b); i++ {
		if b[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last c in s, or -1.
func LastIndexByte(s []byte, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// equalAt reports whether s[i:] begins with sep.
func equalAt(s []byte, i int, sep []byte) bool {
	if len(s)-i < len(sep) {
		return false
	}
	for j := 0; j < len(sep); j++ {
		if s[i+j] != sep[j] {
			return false
		}
	}
	return true
}

// hashMultiplier is the base of the rolling hash of Rabin-Karp search.
const hashMultiplier = 16777619

// indexRabinKarp is Index by comparing rolling hashes of each window of s
// with sep's, checking bytes only when they agree.
func indexRabinKarp(s, sep []byte) int {
	n := len(sep)
	if len(s) < n {
		return -1
	}
	var want, h uint32
	var pow, sq uint32 = 1, hashMultiplier
	for i := 0; i < n; i++ {
		want = want*hashMultiplier + uint32(sep[i])
		h = h*hashMultiplier + uint32(s[i])
	}
	for k := n; k > 0; k >>= 1 {
		if k&1 != 0 {
			pow *= sq
		}
		sq *= sq
	}
	if h == want && equalAt(s, 0, sep) {
		return 0
	}
	for i := n; i < len(s); i++ {
		h = h*hashMultiplier + uint32(s[i]) - pow*uint32(s[i-n])
		if h == want && equalAt(s, i-n+1, sep) {
			return i - n + 1
		}
	}
	return -1
}

// Index returns the index of the first sep in s, or -1.
func Index(s, sep []byte) int {
	n := len(sep)
	switch {
	case n == 0:
		return 0
	case n == 1:
		return IndexByte(s, sep[0])
	case n == len(s):
		if Equal(s, sep) {
			return 0
		}
		return -1
	case n > len(s):
		return -1
	}
	first := sep[0]
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
		if equalAt(s, i, sep) {
			return i
		}
		misses++
		// Too many false starts for the distance covered: hash instead.
		if misses > 4+i>>4 && i < last {
			j := indexRabinKarp(s[i+1:], sep)
			if j < 0 {
				return -1
			}
			return i + 1 + j
		}
	}
	return -1
}

// LastIndex returns the index of the last sep in s, or -1.
func LastIndex(s, sep []byte) int {
	n := len(sep)
	switch {
	case n == 0:
		return len(s)
	case n == 1:
		return LastIndexByte(s, sep[0])
	case n > len(s):
		return -1
	}
	for i := len(s) - n; i >= 0; i-- {
		if s[i] == sep[0] && equalAt(s, i, sep) {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first r in s, or -1. For
// utf8.RuneError it finds the first invalid byte or U+FFFD; for an invalid
// rune it returns -1.
func IndexRune(s []byte, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i := 0; i < len(s); {
			c, size := utf8.DecodeRune(s[i:])
			if c == utf8.RuneError {
				return i
			}
			i += size
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	var enc [utf8.UTFMax]byte
	n := utf8.EncodeRune(enc[:], r)
	return Index(s, enc[:n])
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

// containsRune reports whether r is in s, where invalid bytes of s count
// as utf8.RuneError.
func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}

// IndexAny returns the index of the first rune of s that is in chars, or
// -1. Invalid bytes and U+FFFD count as the same rune.
func IndexAny(s []byte, chars string) int {
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
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[i:])
		}
		if containsRune(chars, r) {
			return i
		}
		i += size
	}
	return -1
}

// LastIndexAny returns the index of the last rune of s that is in chars,
// or -1.
func LastIndexAny(s []byte, chars string) int {
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
		r, size := utf8.DecodeLastRune(s[:i])
		i -= size
		if containsRune(chars, r) {
			return i
		}
	}
	return -1
}

// IndexFunc returns the index of the first rune of s satisfying f, or -1.
func IndexFunc(s []byte, f func(r rune) bool) int {
	return indexFunc(s, f, true)
}

// LastIndexFunc returns the index of the last rune of s satisfying f, or
// -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int {
	return lastIndexFunc(s, f, true)
}

func indexFunc(s []byte, f func(r rune) bool, truth bool) int {
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[i:])
		}
		if f(r) == truth {
			return i
		}
		i += size
	}
	return -1
}

func lastIndexFunc(s []byte, f func(r rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := rune(s[i-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRune(s[:i])
		}
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// Contains reports whether sub is in b.
func Contains(b, sub []byte) bool { return Index(b, sub) >= 0 }

// ContainsAny reports whether any rune of chars is in b.
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

// ContainsRune reports whether r is in b.
func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && Equal(s[:len(prefix)], prefix)
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}

// Count returns the number of non-overlapping instances of sep in s; for
// an empty sep, one more than the number of runes in s.
func Count(s, sep []byte) int {
	if len(sep) == 0 {
		return utf8.RuneCount(s) + 1
	}
	if len(sep) == 1 {
		c := sep[0]
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
		i := Index(s, sep)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(sep):]
	}
}

// EqualFold reports whether s and t, as UTF-8, are equal under simple
// Unicode case folding.
func EqualFold(s, t []byte) bool {
	for len(s) != 0 && len(t) != 0 {
		var sr, tr rune
		if s[0] < utf8.RuneSelf {
			sr, s = rune(s[0]), s[1:]
		} else {
			r, size := utf8.DecodeRune(s)
			sr, s = r, s[size:]
		}
		if t[0] < utf8.RuneSelf {
			tr, t = rune(t[0]), t[1:]
		} else {
			r, size := utf8.DecodeRune(t)
			tr, t = r, t[size:]
		}
		if !runesFoldEqual(sr, tr) {
			return false
		}
	}
	return len(s) == len(t)
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
		return 'A' <= a && a <= 'Z' && b == a+'a'-'A'
	}
	r := unicode.SimpleFold(a)
	for r != a && r < b {
		r = unicode.SimpleFold(r)
	}
	return r == b
}

// Cut slices s around the first sep, returning the parts before and after
// it and true, or s, nil and false if sep is not in s.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}
