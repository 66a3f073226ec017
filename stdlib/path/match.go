package path

import (
	"errors"
	"unicode/utf8"
)

// ErrBadPattern is the error of Match for a malformed pattern.
var ErrBadPattern = errors.New("syntax error in pattern")

// Match reports whether name matches the shell pattern, which must match
// all of name. The pattern syntax:
//
//	'*'         any sequence of non-slash characters
//	'?'         any one non-slash character
//	'[' [ '^' ] { range } ']'
//	            a character class (which may not be empty)
//	c           the character c itself (c not '*', '?', '\\' or '[')
//	'\\' c      c itself
//
// where a range is c or lo '-' hi, with '\\' escaping as above. The only
// error is ErrBadPattern, returned whenever the pattern is malformed,
// even if name fails to match before the malformed part.
func Match(pattern, name string) (matched bool, err error) {
	for len(pattern) > 0 {
		var star bool
		var chunk string
		star, chunk, pattern = nextChunk(pattern)
		if star && chunk == "" {
			// A trailing star matches any rest without a slash.
			return lastSlash(name) < 0, nil
		}
		rest, ok, err := matchChunk(chunk, name)
		// The chunk must match here, and use up name if it is the last.
		if ok && (len(rest) == 0 || len(pattern) > 0) {
			name = rest
			continue
		}
		if err != nil {
			return false, err
		}
		if star {
			// Let the star swallow 1, 2, ... non-slash bytes first.
			advanced := false
			for i := 0; i < len(name) && name[i] != '/'; i++ {
				rest, ok, err := matchChunk(chunk, name[i+1:])
				if ok {
					if len(pattern) == 0 && len(rest) > 0 {
						continue
					}
					name = rest
					advanced = true
					break
				}
				if err != nil {
					return false, err
				}
			}
			if advanced {
				continue
			}
		}
		// No match; still report a malformed remainder of the pattern.
		for len(pattern) > 0 {
			_, chunk, pattern = nextChunk(pattern)
			if _, _, err := matchChunk(chunk, ""); err != nil {
				return false, err
			}
		}
		return false, nil
	}
	return len(name) == 0, nil
}

// nextChunk splits off the pattern's leading stars and the text up to the
// next star outside a class.
func nextChunk(pattern string) (star bool, chunk, rest string) {
	for len(pattern) > 0 && pattern[0] == '*' {
		pattern = pattern[1:]
		star = true
	}
	inClass := false
	i := 0
	for ; i < len(pattern); i++ {
		c := pattern[i]
		if c == '\\' {
			if i+1 < len(pattern) {
				i++
			}
		} else if c == '[' {
			inClass = true
		} else if c == ']' {
			inClass = false
		} else if c == '*' && !inClass {
			break
		}
	}
	return star, pattern[:i], pattern[i:]
}

// matchChunk matches a star-free chunk against the start of s, returning
// the rest of s. Once the match has failed it keeps scanning the chunk,
// only to report a malformed one.
func matchChunk(chunk, s string) (rest string, ok bool, err error) {
	failed := false
	for len(chunk) > 0 {
		if !failed && len(s) == 0 {
			failed = true
		}
		switch chunk[0] {
		case '[':
			var r rune
			if !failed {
				var n int
				r, n = utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
			var inClass bool
			inClass, chunk, err = matchClass(chunk, r)
			if err != nil {
				return "", false, err
			}
			if !inClass {
				failed = true
			}
		case '?':
			if !failed {
				if s[0] == '/' {
					failed = true
				}
				_, n := utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
		default:
			if chunk[0] == '\\' {
				chunk = chunk[1:]
				if len(chunk) == 0 {
					return "", false, ErrBadPattern
				}
			}
			if !failed {
				if chunk[0] != s[0] {
					failed = true
				}
				s = s[1:]
			}
			chunk = chunk[1:]
		}
	}
	if failed {
		return "", false, nil
	}
	return s, true, nil
}

// matchClass reads a character class after its '[' and reports whether r
// is in it, returning the chunk after the class's ']'.
func matchClass(chunk string, r rune) (in bool, rest string, err error) {
	negated := false
	if len(chunk) > 0 && chunk[0] == '^' {
		negated = true
		chunk = chunk[1:]
	}
	ranges := 0
	for {
		if len(chunk) > 0 && chunk[0] == ']' && ranges > 0 {
			chunk = chunk[1:]
			break
		}
		var lo, hi rune
		if lo, chunk, err = classChar(chunk); err != nil {
			return false, "", err
		}
		hi = lo
		if chunk[0] == '-' {
			if hi, chunk, err = classChar(chunk[1:]); err != nil {
				return false, "", err
			}
		}
		if lo <= r && r <= hi {
			in = true
		}
		ranges++
	}
	return in != negated, chunk, nil
}

// classChar reads one possibly escaped character of a class; something
// must follow it (at least the class's ']').
func classChar(chunk string) (r rune, rest string, err error) {
	if len(chunk) == 0 || chunk[0] == '-' || chunk[0] == ']' {
		return 0, "", ErrBadPattern
	}
	if chunk[0] == '\\' {
		chunk = chunk[1:]
		if len(chunk) == 0 {
			return 0, "", ErrBadPattern
		}
	}
	r, n := utf8.DecodeRuneInString(chunk)
	if r == utf8.RuneError && n == 1 {
		err = ErrBadPattern
	}
	rest = chunk[n:]
	if len(rest) == 0 {
		err = ErrBadPattern
	}
	return r, rest, err
}
