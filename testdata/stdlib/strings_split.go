// strings: Split/SplitN/SplitAfter/SplitAfterN, Fields/FieldsFunc, Join, with empty separators,
// invalid UTF-8, negative and zero counts.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func show(parts []string) string {
	return fmt.Sprintf("%d%q nil=%v", len(parts), parts, parts == nil)
}

func main() {
	inputs := []string{"", "a", "a,b,c", ",a,,b,", "a,b,c,", "héllo", "日本語", "\xff\xfea", "a,\xff,b",
		",,,", "abc"}
	seps := []string{"", ",", ",,", "b", "日", "\xff", "abcd"}
	for _, s := range inputs {
		for _, sep := range seps {
			fmt.Printf("%q %q: %s %s\n", s, sep, show(strings.Split(s, sep)), show(strings.SplitAfter(s, sep)))
			for _, n := range []int{-5, -1, 0, 1, 2, 3, 10} {
				fmt.Printf("  %d: %s %s\n", n, show(strings.SplitN(s, sep, n)), show(strings.SplitAfterN(s, sep, n)))
			}
		}
	}
	for _, s := range []string{"", "   ", " a ", "a b  c", "\t\n\v\f\r x \u0085y\u00a0z\u2000w\u3000",
		"日本 語", "a\xffb c", "  leading", "trailing  ", "\u200bzero\u200bwidth", "x"} {
		fmt.Println(show(strings.Fields(s)), show(strings.FieldsFunc(s, unicode.IsPunct)),
			show(strings.FieldsFunc(s, func(r rune) bool { return r == 'a' || r == 0xFFFD })))
	}
	calls := 0
	strings.FieldsFunc("a,b,,c", func(r rune) bool { calls++; return r == ',' })
	fmt.Println("calls", calls)
	for _, elems := range [][]string{nil, {}, {""}, {"a"}, {"a", "b"}, {"", ""}, {"x", "", "y", "日本"}} {
		fmt.Printf("%q %q %q\n", strings.Join(elems, ""), strings.Join(elems, ", "), strings.Join(elems, "日"))
	}
	big := strings.Repeat("field ", 10000)
	f := strings.Fields(big)
	p := strings.Split(big, " ")
	fmt.Println(len(f), len(p), len(strings.Join(f, "-")), len(strings.Split(big, "")), len(strings.SplitN(big, "", 7)))
}
