// Package html provides functions for escaping and unescaping HTML text.
//
// UnescapeString knows every HTML5 named character reference (entities.go, generated), numeric
// references in decimal and hexadecimal, and the legacy forms browsers accept: references
// without their semicolon and, for the oldest names, a name that is only a prefix of the word
// that follows ("&notit;" is "¬it;"). The table is parsed into a map on first use (not guarded
// for concurrent first calls: minigo has no package sync yet).
package html

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// EscapeString escapes special characters like "<" to become "&lt;". It escapes only five such
// characters: <, >, &, ' and ". UnescapeString(EscapeString(s)) == s always holds, but the
// converse isn't always true.
func EscapeString(s string) string {
	if !strings.ContainsAny(s, `<>&'"`) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '&':
			b.WriteString("&amp;")
		case '\'':
			b.WriteString("&#39;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&#34;")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// UnescapeString unescapes entities like "&lt;" to become "<". It unescapes a larger range of
// entities than EscapeString escapes. For example, "&aacute;" unescapes to "á", as does
// "&#225;" and "&#xE1;". UnescapeString(EscapeString(s)) == s always holds, but the converse
// isn't always true.
func UnescapeString(s string) string {
	i := strings.IndexByte(s, '&')
	if i < 0 {
		return s
	}
	loadEntities()
	var b strings.Builder
	b.Grow(len(s))
	for i >= 0 {
		b.WriteString(s[:i])
		s = s[i:]
		decoded, used := reference(s)
		b.WriteString(decoded)
		s = s[used:]
		i = strings.IndexByte(s, '&')
	}
	b.WriteString(s)
	return b.String()
}

// The longest name that is recognised without its semicolon.
const longestWithoutSemicolon = 6

var entities map[string][2]rune

func loadEntities() {
	if entities != nil {
		return
	}
	table := make(map[string][2]rune, entityCount)
	for _, item := range strings.Fields(entityTable) {
		eq := strings.IndexByte(item, '=')
		var runes [2]rune
		for k, code := range strings.Split(item[eq+1:], ",") {
			v, _ := strconv.ParseUint(code, 16, 32)
			runes[k] = rune(v)
		}
		table[item[:eq]] = runes
	}
	entities = table
}

// windows1252 gives what numeric references to 0x80-0x9F mean: the characters of Windows-1252
// at those bytes, as browsers read them (or the C1 control itself where that code is unused).
var windows1252 = [32]rune{
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
}

// reference decodes the character reference at the start of s (which starts with '&') and
// returns its text and how many bytes of s it used; text that is no reference comes back as
// itself.
func reference(s string) (string, int) {
	if len(s) <= 1 {
		return s[:1], 1
	}
	if s[1] == '#' {
		return numericReference(s)
	}
	// The name: letters and digits, with the semicolon that ends it, if any.
	i := 1
	for i < len(s) && isAlnum(s[i]) {
		i++
	}
	if i < len(s) && s[i] == ';' {
		i++
	}
	name := s[1:i]
	if name == "" {
		return s[:i], i
	}
	if runes, ok := entities[name]; ok {
		return runesText(runes), i
	}
	// Legacy: the longest old name that is a prefix of the word.
	longest := len(name) - 1
	if longest > longestWithoutSemicolon {
		longest = longestWithoutSemicolon
	}
	for j := longest; j > 1; j-- {
		if runes, ok := entities[name[:j]]; ok && runes[1] == 0 {
			return runesText(runes), j + 1
		}
	}
	return s[:i], i
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func runesText(runes [2]rune) string {
	if runes[1] == 0 {
		return string(runes[0])
	}
	return string(runes[0]) + string(runes[1])
}

// numericReference decodes "&#123;" or "&#x7B;" (the semicolon optional) at the start of s.
func numericReference(s string) (string, int) {
	if len(s) <= 3 {
		return s[:1], 1
	}
	i := 2
	base := rune(10)
	if s[i] == 'x' || s[i] == 'X' {
		base = 16
		i++
	}
	var x rune // wraps around on absurdly long numbers, as gc's does
	for i < len(s) {
		d := digitValue(s[i])
		if d < 0 || d >= base {
			break
		}
		x = x*base + d
		i++
	}
	if i < len(s) && s[i] == ';' {
		i++
	}
	// "&#", "&#x" and one decimal digit without a semicolon are no reference (so "&#x;" is
	// one, of code point 0).
	if i <= 3 {
		return s[:1], 1
	}
	switch {
	case 0x80 <= x && x <= 0x9F:
		x = windows1252[x-0x80]
	case x == 0 || 0xD800 <= x && x <= 0xDFFF || x > utf8.MaxRune:
		x = utf8.RuneError
	}
	return string(x), i
}

func digitValue(c byte) rune {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0')
	case 'a' <= c && c <= 'f':
		return rune(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return rune(c-'A') + 10
	}
	return -1
}
