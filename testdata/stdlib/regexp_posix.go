// regexp.CompilePOSIX against gc: POSIX ERE syntax (what it refuses, and gc's errors),
// leftmost-longest matches and their submatches, multi-line ^ and $, and negated classes.
package main

import (
	"fmt"
	"regexp"
)

var patterns = []string{
	`a|ab`, `(a|ab)(c|bcd)(d*)`, `(a+)(b+)?`, `x*`, `(a*)+`, `(a|b)*c`, `^abc$`, `^a`, `b$`, `[^a]+`, `[^\n]+`, `.+`,
	`[[:alpha:]]+`, `[[:digit:][:space:]]+`, `a{2,3}`, `(ab|a)(bc|c)?`, `\.`, `\x41`, `[a-c-]+`, `(foo|foobar)(bar)?`,
	`\d`, `\w+`, `\s`, `\bx`, `\Aa`, `a\z`, `\pL`, `\Qa.b\E`, `a*?`, `a+?b`, `(?i)abc`, `(?P<n>a)`, `(?:a)`, `a**`,
	`[\d]`, `*a`, `a{1001}`, `(a`, `a)`, `[a`, `\8`, `\n\t`, `[[:^alpha:]]+`, `a$|^b`,
}

var inputs = []string{"abcd", "aab bab", "a\nb\nab\n", "xyz", "abcbcd", "aaabbbc", "foobar foo", "1 2\t3", "A.b", "", "ccc\na-b"}

func main() {
	for _, p := range patterns {
		re, err := regexp.CompilePOSIX(p)
		if err != nil {
			fmt.Printf("%q: %v\n", p, err)
			continue
		}
		fmt.Printf("%q: %v %d\n", p, re, re.NumSubexp())
		for _, in := range inputs {
			fmt.Printf("  %q %v %q %v\n", in, re.FindAllStringSubmatchIndex(in, -1), re.ReplaceAllString(in, "<$0>"), re.MatchString(in))
		}
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	regexp.MustCompilePOSIX(`\d`)
}
