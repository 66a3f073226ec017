package strconv

import (
	"unicode/utf8"
)

const lowerhex = "0123456789abcdef"

// Quote returns s as a double-quoted Go string literal, escaping control
// characters, non-printable runes (IsPrint) and invalid bytes (as \x..).
func Quote(s string) string {
	return string(appendQuoted(make([]byte, 0, 3*len(s)/2), s, '"', false, false))
}

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', false, false)
}

// QuoteToASCII is Quote escaping every non-ASCII rune as well.
func QuoteToASCII(s string) string {
	return string(appendQuoted(make([]byte, 0, 3*len(s)/2), s, '"', true, false))
}

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', true, false)
}

// QuoteToGraphic is Quote leaving graphic runes (IsGraphic, which adds
// Unicode spaces to the printable runes) unescaped.
func QuoteToGraphic(s string) string {
	return string(appendQuoted(make([]byte, 0, 3*len(s)/2), s, '"', false, true))
}

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', false, true)
}

// QuoteRune returns r as a single-quoted Go rune literal; an invalid rune
// becomes U+FFFD.
func QuoteRune(r rune) string {
	return string(appendQuotedRune(make([]byte, 0, 3*utf8.UTFMax/2), r, '\'', false, false))
}

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, '\'', false, false)
}

// QuoteRuneToASCII is QuoteRune escaping non-ASCII runes.
func QuoteRuneToASCII(r rune) string {
	return string(appendQuotedRune(make([]byte, 0, 3*utf8.UTFMax/2), r, '\'', true, false))
}

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, '\'', true, false)
}

// QuoteRuneToGraphic is QuoteRune leaving graphic runes unescaped.
func QuoteRuneToGraphic(r rune) string {
	return string(appendQuotedRune(make([]byte, 0, 3*utf8.UTFMax/2), r, '\'', false, true))
}

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, '\'', false, true)
}

func appendQuoted(buf []byte, s string, quote byte, asciiOnly, graphicOnly bool) []byte {
	buf = append(buf, quote)
	for width := 0; len(s) > 0; s = s[width:] {
		r := rune(s[0])
		width = 1
		if r >= utf8.RuneSelf {
			r, width = utf8.DecodeRuneInString(s)
		}
		if width == 1 && r == utf8.RuneError {
			buf = append(buf, '\\', 'x', lowerhex[s[0]>>4], lowerhex[s[0]&0xF])
			continue
		}
		buf = appendEscapedRune(buf, r, quote, asciiOnly, graphicOnly)
	}
	return append(buf, quote)
}

func appendQuotedRune(buf []byte, r rune, quote byte, asciiOnly, graphicOnly bool) []byte {
	buf = append(buf, quote)
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	buf = appendEscapedRune(buf, r, quote, asciiOnly, graphicOnly)
	return append(buf, quote)
}

// appendEscapedRune appends r as it appears inside a literal quoted with
// quote.
func appendEscapedRune(buf []byte, r rune, quote byte, asciiOnly, graphicOnly bool) []byte {
	if r == rune(quote) || r == '\\' {
		return append(buf, '\\', byte(r))
	}
	if asciiOnly {
		if r < utf8.RuneSelf && IsPrint(r) {
			return append(buf, byte(r))
		}
	} else if IsPrint(r) || graphicOnly && isExtraGraphic(r) {
		return utf8.AppendRune(buf, r)
	}
	switch r {
	case '\a':
		return append(buf, '\\', 'a')
	case '\b':
		return append(buf, '\\', 'b')
	case '\f':
		return append(buf, '\\', 'f')
	case '\n':
		return append(buf, '\\', 'n')
	case '\r':
		return append(buf, '\\', 'r')
	case '\t':
		return append(buf, '\\', 't')
	case '\v':
		return append(buf, '\\', 'v')
	}
	switch {
	case r < ' ' || r == 0x7f:
		return append(buf, '\\', 'x', lowerhex[byte(r)>>4], lowerhex[byte(r)&0xF])
	case !utf8.ValidRune(r):
		r = 0xFFFD
	}
	if r < 0x10000 {
		buf = append(buf, '\\', 'u')
		for shift := 12; shift >= 0; shift -= 4 {
			buf = append(buf, lowerhex[r>>uint(shift)&0xF])
		}
		return buf
	}
	buf = append(buf, '\\', 'U')
	for shift := 28; shift >= 0; shift -= 4 {
		buf = append(buf, lowerhex[r>>uint(shift)&0xF])
	}
	return buf
}

// CanBackquote reports whether s can be written as a single-line raw
// string literal: no control characters but tab, no backquote, no
// invalid UTF-8 and no byte order mark.
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, width := utf8.DecodeRuneInString(s)
		s = s[width:]
		if width > 1 {
			if r == '\ufeff' {
				return false // invisible, so not to be quoted raw
			}
			continue
		}
		if r == utf8.RuneError {
			return false
		}
		if (r < ' ' && r != '\t') || r == '`' || r == '\u007F' {
			return false
		}
	}
	return true
}

// IsPrint reports whether r is printable as Go defines it, the same as
// unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the
// ASCII space. Above Latin-1 it searches the generated printRanges
// (isprint.go) rather than importing unicode's tables.
func IsPrint(r rune) bool {
	if r < 0x100 {
		return (0x20 <= r && r < 0x7F) || (0xA1 <= r && r != 0xAD)
	}
	low, high := 0, len(printRanges)/6
	for low < high {
		middle := (low + high) / 2
		at := middle * 6
		if r < rangeBound(at) {
			high = middle
		} else if r > rangeBound(at+3) {
			low = middle + 1
		} else {
			return true
		}
	}
	return false
}

// rangeBound is the code point stored in printRanges[at:at+3].
func rangeBound(at int) rune {
	return rune(printRanges[at])<<16 | rune(printRanges[at+1])<<8 | rune(printRanges[at+2])
}

// IsGraphic reports whether r is graphic: printable, or a Unicode space
// (category Zs).
func IsGraphic(r rune) bool { return IsPrint(r) || isExtraGraphic(r) }

// isExtraGraphic reports whether r is a space of category Zs other than
// U+0020, which IsGraphic accepts and IsPrint does not.
func isExtraGraphic(r rune) bool {
	switch {
	case r == 0x00A0, r == 0x1680, 0x2000 <= r && r <= 0x200A, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
}

func unhex(b byte) (v rune, ok bool) {
	c := rune(b)
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// UnquoteChar decodes the first character or escape sequence of s, the
// inside of a literal quoted with quote (an unescaped quote is an error).
// It returns the character, whether it needs a multibyte UTF-8 encoding
// (false for \x and octal escapes, which stand for bytes), the rest of s,
// and ErrSyntax for a malformed escape.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		return 0, false, "", ErrSyntax
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		return 0, false, "", ErrSyntax
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	case c != '\\':
		return rune(s[0]), false, s[1:], nil
	}
	if len(s) <= 1 {
		return 0, false, "", ErrSyntax
	}
	c := s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 2
		if c == 'u' {
			n = 4
		} else if c == 'U' {
			n = 8
		}
		if len(s) < n {
			return 0, false, "", ErrSyntax
		}
		var v rune
		for j := 0; j < n; j++ {
			x, ok := unhex(s[j])
			if !ok {
				return 0, false, "", ErrSyntax
			}
			v = v<<4 | x
		}
		s = s[n:]
		if c != 'x' {
			if !utf8.ValidRune(v) {
				return 0, false, "", ErrSyntax
			}
			multibyte = true
		}
		value = v
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c) - '0'
		if len(s) < 2 {
			return 0, false, "", ErrSyntax
		}
		for j := 0; j < 2; j++ {
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				return 0, false, "", ErrSyntax
			}
			v = v<<3 | x
		}
		s = s[2:]
		if v > 255 {
			return 0, false, "", ErrSyntax
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			return 0, false, "", ErrSyntax
		}
		value = rune(c)
	default:
		return 0, false, "", ErrSyntax
	}
	return value, multibyte, s, nil
}

// Unquote returns the string a Go string or rune literal s stands for:
// s is quoted with ", ` or ' (a rune literal gives the rune as a string).
func Unquote(s string) (string, error) {
	out, rest, err := unquote(s, true)
	if len(rest) > 0 {
		return "", ErrSyntax
	}
	return out, err
}

// QuotedPrefix returns the quoted literal at the start of s, or
// ErrSyntax if s does not start with one.
func QuotedPrefix(s string) (string, error) {
	out, _, err := unquote(s, false)
	return out, err
}

// indexByte returns the index of the first c in s, or -1.
func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// unquote reads the literal at the start of in and returns its value (or,
// if !unescape, its text with the quotes) and what follows it.
func unquote(in string, unescape bool) (out, rest string, err error) {
	if len(in) < 2 {
		return "", in, ErrSyntax
	}
	quote := in[0]
	end := indexByte(in[1:], quote)
	if end < 0 {
		return "", in, ErrSyntax
	}
	end += 2 // just past the closing quote, unless escapes move it
	switch quote {
	case '`':
		switch {
		case !unescape:
			out = in[:end]
		case indexByte(in[:end], '\r') < 0:
			out = in[1 : end-1]
		default:
			// Carriage returns are dropped from raw literals' values.
			buf := make([]byte, 0, end-3)
			for i := 1; i < end-1; i++ {
				if in[i] != '\r' {
					buf = append(buf, in[i])
				}
			}
			out = string(buf)
		}
		return out, in[end:], nil
	case '"', '\'':
		if indexByte(in[:end], '\\') < 0 && indexByte(in[:end], '\n') < 0 {
			// No escapes: the text is the value, if it is valid.
			var valid bool
			if quote == '"' {
				valid = utf8.ValidString(in[1 : end-1])
			} else {
				r, n := utf8.DecodeRuneInString(in[1 : end-1])
				valid = 1+n+1 == end && (r != utf8.RuneError || n != 1)
			}
			if valid {
				out = in[:end]
				if unescape {
					out = out[1 : end-1]
				}
				return out, in[end:], nil
			}
		}
		var buf []byte
		in0 := in
		in = in[1:]
		if unescape {
			buf = make([]byte, 0, 3*end/2)
		}
		for len(in) > 0 && in[0] != quote {
			r, multibyte, remaining, err := UnquoteChar(in, quote)
			if in[0] == '\n' || err != nil {
				return "", in0, ErrSyntax
			}
			in = remaining
			if unescape {
				if r < utf8.RuneSelf || !multibyte {
					buf = append(buf, byte(r))
				} else {
					buf = utf8.AppendRune(buf, r)
				}
			}
			if quote == '\'' {
				break // a rune literal holds one character
			}
		}
		if !(len(in) > 0 && in[0] == quote) {
			return "", in0, ErrSyntax
		}
		in = in[1:]
		if unescape {
			return string(buf), in, nil
		}
		return in0[:len(in0)-len(in)], in, nil
	}
	return "", in, ErrSyntax
}
