// strings: Map, ToUpper/ToLower/ToTitle (+Special), Title, Repeat, Replace/ReplaceAll,
// ToValidUTF8, Trim family, Clone.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

var texts = []string{"", "hello", "HELLO", "Hello, World!", "héllo wörld", "ǆemal ǉubav", "ß straße",
	"ΣΑΣ σας", "istanbul İI ı", "\xff\xfeabc\xff", "a\uFFFDb", "mixed_case-words and.dots",
	"  spaced\tout\n", "ﬁne ﬂy", "123abc", "x\u0301y", "ᾈ ᾀ"}

func main() {
	for _, s := range texts {
		fmt.Printf("%q\n  %q %q %q\n  %q %q %q\n  %q\n", s, strings.ToUpper(s), strings.ToLower(s),
			strings.ToTitle(s), strings.ToUpperSpecial(unicode.TurkishCase, s),
			strings.ToLowerSpecial(unicode.TurkishCase, s), strings.ToTitleSpecial(unicode.TurkishCase, s),
			strings.Title(s))
		fmt.Printf("  %q %q %q\n", strings.Map(func(r rune) rune {
			if r == 'l' {
				return -1
			}
			if r == 'o' {
				return '0'
			}
			return r
		}, s), strings.Map(func(r rune) rune { return r }, s), strings.Map(func(r rune) rune { return 0x10400 }, s))
		fmt.Printf("  %q %q %q %q\n", strings.ToValidUTF8(s, "?"), strings.ToValidUTF8(s, ""),
			strings.ToValidUTF8(s, "\uFFFD"), strings.Clone(s))
	}
	calls := 0
	strings.Map(func(r rune) rune { calls++; return r + 1 }, "abc\xffdé")
	strings.Map(func(r rune) rune { calls++; return r }, "abc\xffdé")
	fmt.Println("calls", calls)
	for _, c := range []struct {
		s, old, new string
		n           int
	}{{"aaaa", "a", "b", 2}, {"aaaa", "a", "b", -1}, {"aaaa", "aa", "b", -1}, {"abc", "", "-", -1},
		{"abc", "", "-", 2}, {"日本", "", "|", -1}, {"\xff\xfe", "", "|", -1}, {"", "", "x", -1},
		{"abc", "x", "y", -1}, {"abc", "b", "", -1}, {"abc", "abc", "", 1}, {"abab", "ab", "ab", -1},
		{"banana", "ana", "o", -1}, {"aaa", "a", "aa", 0}, {"xyz", "", "", -1}} {
		fmt.Printf("%q ", strings.Replace(c.s, c.old, c.new, c.n))
		if c.n < 0 {
			fmt.Printf("%q ", strings.ReplaceAll(c.s, c.old, c.new))
		}
	}
	fmt.Println()
	for _, n := range []int{0, 1, 2, 3, 7, 100} {
		fmt.Printf("%q %q %d\n", strings.Repeat("ab", n), strings.Repeat("", n), len(strings.Repeat("日", n*100)))
	}
	trims := []string{"", "  hello  ", "xxhixx", "\t\n hello \u00a0\u2003", "日本語日", "\xffhi\xff",
		"abcba", "\uFFFDa\uFFFD", "aaa", " \u0085 "}
	cutsets := []string{"", " ", "x", "ab", "日", "\xff", "\uFFFD", "ab日", " \t\n"}
	for _, s := range trims {
		fmt.Printf("%q: %q %q %q\n", s, strings.TrimSpace(s), strings.TrimFunc(s, unicode.IsLetter),
			strings.TrimLeftFunc(s, unicode.IsSpace)+"|"+strings.TrimRightFunc(s, unicode.IsSpace))
		for _, c := range cutsets {
			fmt.Printf("  %q: %q %q %q %q %q\n", c, strings.Trim(s, c), strings.TrimLeft(s, c),
				strings.TrimRight(s, c), strings.TrimPrefix(s, c), strings.TrimSuffix(s, c))
		}
	}
}
