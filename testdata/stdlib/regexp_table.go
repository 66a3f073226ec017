// regexp: a table of patterns x inputs, printing every API's result, the
// texts of syntax errors, and a pathological pattern that must run in linear time.
package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

var patterns = []string{
	``, `a`, `abc`, `a*`, `a+`, `a?`, `a*?`, `a+?`, `a??`, `.`, `.*`, `.+`, `(?s).+`,
	`a|b`, `ab|cd`, `a|ab`, `ab|a`, `(a|ab)(c|bcd)(d*)`, `(a+)(b+)?`, `(a*)+`, `(a*)*`, `(a|b)*`,
	`(a*)*b`, `(a+|b+)*c`, `x*`, `x*?y`, `[abc]+`, `[^abc]+`, `[a-c]+`, `[^\n]+`, `[[:alpha:]]+`,
	`[[:^alpha:]]+`, `[[:digit:][:space:]]+`, `\d+`, `\D+`, `\w+`, `\W+`, `\s+`, `\S+`, `\bfoo\b`,
	`\Bo\B`, `\b`, `\B`, `^`, `$`, `^abc$`, `(?m)^\w+$`, `(?m)^`, `(?m)$`, `\Aab`, `c\z`, `a{2}`,
	`a{2,}`, `a{2,3}`, `a{0,2}?`, `(ab){1,2}`, `a{,2}`, `a{1`, `(?i)abc`, `(?i)[a-c]+`, `(?i)k`,
	`(?U)a+`, `(?U)a+?`, `(?i:A)b`, `a(?i)b|c`, `(?P<first>\w+) (?P<last>\w+)`, `(\w+)@(\w+)\.com`,
	`(?:ab)+`, `(a)|(b)`, `(a)|b`, `((a)|(b))+`, `(a?)(a?)(a?)`, `\pL+`, `\p{Greek}+`, `\PL+`,
	`\p{Lu}`, `[\p{Nd}x]+`, `\x41\x{42}`, `\Q.*\E+`, `\.\*`, `[]a]+`, `[a-]+`, `日本`, `[日本]+`,
	`.本`, `(?i)σ`, `a.c`, `(?s)a.c`, `[^a]`, `\141`, `\0`, `(|a)*`, `(|a)+`, `(a|)*`, `(a*|b)*`,
	`(?:(a)|b)*`, `(foo|foobar)`, `(foobar|foo)`, `foo(bar)?`, `^$`, `(?m)^$`, `x*|y`,
}

var inputs = []string{
	"", "a", "abc", "aaa", "ab cd", "abcd abbd", "foo bar foobar", "Hello, World 42!",
	"x\nyy\n\nzzz", "ABC abc AbC", "kK\u212a", "σΣς", "日本語 日本", "αβγ abc ΔΕ", "john smith",
	"bob@example.com, ann@test.com", "aab aaab b", "a.c a\nc a*c", "\x00a", "abab ab",
}

func main() {
	for _, p := range patterns {
		re, err := regexp.Compile(p)
		if err != nil {
			fmt.Printf("%q: error %v\n", p, err)
			continue
		}
		fmt.Printf("== %q num=%d names=%q\n", re.String(), re.NumSubexp(), re.SubexpNames())
		prefix, complete := re.LiteralPrefix()
		fmt.Printf("   prefix=%q %v\n", prefix, complete)
		for _, s := range inputs {
			show(re, s)
		}
	}
	longest()
	replacements()
	splits()
	errorsAndPanics()
	pathological()
	readersAndText()
}

func readersAndText() {
	re := regexp.MustCompile(`(o+)(\w)`)
	fmt.Println(re.MatchReader(strings.NewReader("hello world")), re.FindReaderIndex(strings.NewReader("hello wooorld")),
		re.FindReaderSubmatchIndex(strings.NewReader("oops")), re.FindReaderIndex(strings.NewReader("xyz")))
	ok, err := regexp.MatchReader(`l{2}`, strings.NewReader("hello"))
	fmt.Println(ok, err)
	c := re.Copy()
	c.Longest()
	fmt.Println(c.String(), c.FindString("foooo!"), re.FindString("foooo!"))
}

func show(re *regexp.Regexp, s string) {
	fmt.Printf("  %q: %v %q %v %q %v\n", s, re.MatchString(s), re.FindString(s), re.FindStringIndex(s),
		re.FindStringSubmatch(s), re.FindStringSubmatchIndex(s))
	fmt.Printf("    all=%q %v\n", re.FindAllString(s, -1), re.FindAllStringIndex(s, -1))
	fmt.Printf("    all2=%q %v\n", re.FindAllStringSubmatch(s, 2), re.FindAllStringSubmatchIndex(s, 2))
	b := []byte(s)
	fmt.Printf("    bytes=%v %q %v %q %q\n", re.Match(b), re.Find(b), re.FindIndex(b), re.FindSubmatch(b), re.FindAll(b, 3))
	fmt.Printf("    repl=%q lit=%q func=%q\n", re.ReplaceAllString(s, "<$0>"), re.ReplaceAllLiteralString(s, "[$1]"),
		re.ReplaceAllStringFunc(s, strings.ToUpper))
	fmt.Printf("    split=%q split2=%q\n", re.Split(s, -1), re.Split(s, 2))
}

func longest() {
	for _, p := range []string{`a|ab`, `(a|ab)(c|bcd)(d*)`, `a*?`, `(a+?)(b*)`, `x*|y+`} {
		re := regexp.MustCompile(p)
		re.Longest()
		for _, s := range []string{"abcd", "aab", "yyy", "abab"} {
			fmt.Printf("longest %q %q: %q %v\n", p, s, re.FindAllString(s, -1), re.FindStringSubmatchIndex(s))
		}
	}
}

func replacements() {
	re := regexp.MustCompile(`(?P<key>\w+)=(?P<value>\w*)`)
	src := "a=1, bb=22, c=, =x"
	for _, t := range []string{"$2=$1", "${key}:${value}", "$key$value", "$1x", "${1}x", "$$1", "$", "$3", "${nope}",
		"$01", "${0}", "a$", "${key", "$-1"} {
		fmt.Printf("expand %q: %q\n", t, re.ReplaceAllString(src, t))
		fmt.Printf("  bytes: %q\n", re.ReplaceAll([]byte(src), []byte(t)))
	}
	fmt.Println(re.SubexpIndex("value"), re.SubexpIndex("key"), re.SubexpIndex("none"), re.SubexpIndex(""))
	m := re.FindStringSubmatchIndex(src)
	fmt.Printf("%q\n", re.ExpandString([]byte("> "), "$value<-$key", src, m))
	fmt.Printf("%q\n", re.Expand(nil, []byte("[$0]"), []byte(src), m))
	empty := regexp.MustCompile(`x*`)
	fmt.Printf("%q\n", empty.ReplaceAllString("abc", "-"))
	fmt.Printf("%q\n", empty.ReplaceAllString("axxbxc", "-"))
	fmt.Printf("%q\n", regexp.MustCompile(`a|`).ReplaceAllString("banana", "<$0>"))
	fmt.Printf("%q\n", regexp.MustCompile(`[aeiou]`).ReplaceAllFunc([]byte("banana"), func(b []byte) []byte { return bytes.Repeat(b, 2) }))
	fmt.Printf("%q\n", regexp.MustCompile(`n`).ReplaceAllLiteral([]byte("banana"), []byte("$1")))
	fmt.Println(regexp.QuoteMeta(`Escaping $5 [a-z]+ (x|y)? {1,2} ^\.*`))
	ok, err := regexp.MatchString(`^\d{3}-\d{4}$`, "555-1234")
	fmt.Println(ok, err)
	ok, err = regexp.Match(`b+`, []byte("abbc"))
	fmt.Println(ok, err)
	ok, err = regexp.MatchString(`(`, "x")
	fmt.Println(ok, err)
}

func splits() {
	for _, p := range []string{`,`, `a*`, ``, `\s+`, `x`} {
		re := regexp.MustCompile(p)
		for _, s := range []string{"", "a,b,,c", "banana", "  two  words ", "x"} {
			for _, n := range []int{-1, 0, 1, 2, 3} {
				fmt.Printf("split %q %q %d: %q\n", p, s, n, re.Split(s, n))
			}
		}
	}
	re := regexp.MustCompile(`a*`)
	for _, n := range []int{-1, 0, 1, 2} {
		fmt.Printf("findall n=%d: %q %v\n", n, re.FindAllString("baaacaa", n), re.FindAllStringIndex("baaacaa", n))
	}
}

func errorsAndPanics() {
	bad := []string{`(`, `(abc`, `)`, `a)`, `[a`, `[z-a]`, `*`, `a**`, `a*+`, `a+*`, `?`, `(*)`, `a|*`,
		`x{1001}`, `x{2,1}`, `(x{500}){3}`, `\`, `a\`, `\q`, `\8`, `\1`, `\xZ`, `\x{110000}`, `\pX`,
		`\p{Nope}`, `[[:nope:]]`, `(?P<n>a)(?P<n>b)`, `(?P<>a)`, `(?P<a-b>x)`, `(?<n>a)`, `(?z)`,
		`(?i`, `(?-)`, `(?i-)`, `a{1000}`, `(?P=n)`, `x{1000,}`, `[]`, `[^]`, "\xff",
		`(?)a`, "\\p{Greek\xffé}", `\x)é`, `\x{*{`, `\x{}`, `(?P<`, `(?P<ab`, `(?P<a)`, "(?i\xff", ")\xff", `\E`,
		"a\xffb(", `[[:alpha:]`, `[a-\d]`, `\p{^Greek}+`, `\P{^L}`, `(?i)[^k]`, `a{01}`, `a{1,1001}`, `(a{2}){1001}`}
	for _, p := range bad {
		_, err := regexp.Compile(p)
		fmt.Printf("compile %q: %v\n", p, err)
	}
	for _, n := range []int{999, 1000} {
		_, err := regexp.Compile(strings.Repeat("(", n) + strings.Repeat(")", n))
		fmt.Println("nested", n, err != nil)
		_, err = regexp.Compile(strings.Repeat("(?:a", n) + strings.Repeat(")", n))
		fmt.Println("nested (?:", n, err)
	}
	for _, p := range []string{`a(b`, "\x80`"} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			regexp.MustCompile(p)
		}()
	}
}

func pathological() {
	s := strings.Repeat("a", 100000)
	re := regexp.MustCompile(`(a*)*b`)
	fmt.Println(re.MatchString(s), re.FindStringIndex(s+"b"))
	re = regexp.MustCompile(`(x+x+)+y`)
	fmt.Println(re.MatchString(strings.Repeat("x", 5000)))
	re = regexp.MustCompile(`(a|aa)*c`)
	fmt.Println(re.FindStringSubmatchIndex(strings.Repeat("a", 20000) + "c")[2:])
}
