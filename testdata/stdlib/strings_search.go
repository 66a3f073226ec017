// strings: Index/LastIndex/IndexByte/IndexRune/IndexAny/IndexFunc and friends, Count, Contains*,
// HasPrefix/HasSuffix, Compare, EqualFold, Cut: chosen cases, then a sweep over generated strings
// summarised per function.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

var texts = []string{"", "a", "aa", "abc", "abcabc", "chicken", "héllo wörld", "日本語日本語",
	"\xff\xfe", "a\xffb\xff", "\uFFFD", "x\uFFFDy\xff", "aaaaaaaaaaaaaaaaaaaab", "go gopher",
	"ÀÉÎõü", "Kelvin \u212A", "ΣΑΣ σας", "ǅungla"}

var subs = []string{"", "a", "b", "ab", "bc", "ken", "l", "ö", "日本", "\xff", "\uFFFD", "aab",
	"ǆ", "K", "σ", "\xfe", "go", "abcabcd"}

func main() {
	for _, s := range texts {
		for _, sub := range subs {
			fmt.Printf("%q %q: %d %d %d %v %d %d %v %v %v\n", s, sub, strings.Index(s, sub),
				strings.LastIndex(s, sub), strings.Count(s, sub), strings.Contains(s, sub),
				strings.IndexAny(s, sub), strings.LastIndexAny(s, sub), strings.ContainsAny(s, sub),
				strings.HasPrefix(s, sub), strings.HasSuffix(s, sub))
		}
		for _, r := range []rune{'a', 'b', 'ö', '日', 0xFFFD, -1, 0xD800, 0x110000, 0} {
			fmt.Print(strings.IndexRune(s, r), strings.ContainsRune(s, r), " ")
		}
		fmt.Println(strings.IndexByte(s, 'a'), strings.LastIndexByte(s, 'a'), strings.IndexByte(s, 0xff),
			strings.IndexFunc(s, unicode.IsSpace), strings.LastIndexFunc(s, unicode.IsUpper),
			strings.IndexFunc(s, func(r rune) bool { return r == 0xFFFD }),
			strings.LastIndexFunc(s, func(r rune) bool { return r == 0xFFFD }))
	}
	for _, pair := range [][2]string{{"Go", "GO"}, {"go", "gó"}, {"k", "\u212A"}, {"K", "\u212a"},
		{"ß", "ẞ"}, {"σ", "ς"}, {"Σ", "ς"}, {"\xff", "\xfe"}, {"\xff", "\uFFFD"}, {"a", "ab"},
		{"", ""}, {"ǅ", "ǆ"}, {"Ǆ", "ǅ"}, {"İ", "i"}, {"ı", "I"}, {"µ", "μ"}, {"ΜΙΚΡΌΣ", "μικρός"},
		{"[", "{"}, {"@", "`"}, {"Z", "z"}, {"z", "Z"}} {
		fmt.Print(strings.EqualFold(pair[0], pair[1]), strings.Compare(pair[0], pair[1]), " ")
	}
	fmt.Println()
	for _, s := range []string{"key=value", "key=", "=value", "novalue", "a=b=c", ""} {
		before, after, found := strings.Cut(s, "=")
		fmt.Printf("%q %q %v\n", before, after, found)
	}
	sweep()
	long()
}

// sweep checks functions over every string of up to four pieces from a small alphabet.
func sweep() {
	pieces := []string{"a", "b", "é", "\xff", "ab", "\uFFFD", "A", "É"}
	var all []string
	var build func(prefix string, depth int)
	build = func(prefix string, depth int) {
		all = append(all, prefix)
		if depth == 0 {
			return
		}
		for _, p := range pieces {
			build(prefix+p, depth-1)
		}
	}
	build("", 3)
	var sums [9]uint64
	for _, s := range all {
		for _, t := range all[:80] {
			results := [9]int{strings.Index(s, t), strings.LastIndex(s, t), strings.Count(s, t),
				strings.IndexAny(s, t), strings.LastIndexAny(s, t), b2i(strings.EqualFold(s, t)),
				strings.Compare(s, t), b2i(strings.HasPrefix(s, t)), b2i(strings.HasSuffix(s, t))}
			for i, r := range results {
				sums[i] = sums[i]*1000003 + uint64(r+7)
			}
		}
	}
	fmt.Println(len(all), sums)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// long searches inputs long enough for the skipping and hashing paths.
func long() {
	hay := strings.Repeat("ab", 5000) + "abc" + strings.Repeat("x", 1000) + "abc"
	fmt.Println(strings.Index(hay, "abc"), strings.LastIndex(hay, "abc"), strings.Count(hay, "ab"),
		strings.Index(hay, "abx"), strings.Index(hay, "bax"), strings.Index(hay, "xa"),
		strings.Index(hay, strings.Repeat("ab", 100)+"c"), strings.Count(hay, "x"))
	hay = strings.Repeat("a", 100000) + "b"
	fmt.Println(strings.Index(hay, strings.Repeat("a", 50)+"b"), strings.Index(hay, "aaab"),
		strings.Index(hay, "ab"), strings.Index(hay, "ba"), strings.LastIndex(hay, "aab"),
		strings.Count(hay, "aa"), strings.IndexAny(hay, "bc"), strings.IndexAny(hay, "日b"),
		strings.LastIndexAny(hay, "日a"), strings.IndexRune(hay, 'b'))
	words := strings.Repeat("lorem ipsum dolor sit amet, ", 2000)
	fmt.Println(strings.Index(words, "amet, lorem ipsum dolor sit amen"), strings.Count(words, "or"),
		strings.LastIndex(words, "ipsum"), strings.Index(words+"ℤ", "ℤ"))
}
