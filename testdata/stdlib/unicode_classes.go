// unicode: every Is function over every rune (and some invalid ones), summarised per function,
// plus detailed answers for chosen runes and the tables people use.
package main

import (
	"fmt"
	"sort"
	"unicode"
)

type predicate struct {
	name string
	f    func(rune) bool
}

var predicates = []predicate{
	{"IsLetter", unicode.IsLetter}, {"IsDigit", unicode.IsDigit}, {"IsNumber", unicode.IsNumber},
	{"IsSpace", unicode.IsSpace}, {"IsUpper", unicode.IsUpper}, {"IsLower", unicode.IsLower},
	{"IsTitle", unicode.IsTitle}, {"IsPunct", unicode.IsPunct}, {"IsControl", unicode.IsControl},
	{"IsGraphic", unicode.IsGraphic}, {"IsPrint", unicode.IsPrint}, {"IsMark", unicode.IsMark},
	{"IsSymbol", unicode.IsSymbol},
	{"Han", func(r rune) bool { return unicode.Is(unicode.Han, r) }},
	{"Latin", func(r rune) bool { return unicode.Is(unicode.Latin, r) }},
	{"Greek", func(r rune) bool { return unicode.Is(unicode.Greek, r) }},
	{"Cyrillic", func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }},
	{"In(Arabic,Hebrew)", func(r rune) bool { return unicode.In(r, unicode.Arabic, unicode.Hebrew) }},
	{"IsOneOf(Zs,Nl)", func(r rune) bool { return unicode.IsOneOf([]*unicode.RangeTable{unicode.Zs, unicode.Nl}, r) }},
	{"White_Space", func(r rune) bool { return unicode.Is(unicode.White_Space, r) }},
	{"Other_Math", func(r rune) bool { return unicode.Is(unicode.Other_Math, r) }},
}

var chosen = []rune{-1, 0, '\t', '\n', ' ', '0', '9', 'A', 'Z', 'a', 'z', '_', '$', '+', '~', 0x7f,
	0x85, 0xa0, 0xaa, 0xad, 0xb2, 0xb5, 0xbc, 0xc0, 0xd7, 0xdf, 0xf7, 0xff, 0x100, 0x130, 0x131,
	0x1c5, 0x300, 0x391, 0x3c2, 0x416, 0x5d0, 0x660, 0x1680, 0x2028, 0x2029, 0x202f, 0x2160,
	0x3000, 0x4e2d, 0xd800, 0xe000, 0xfeff, 0xfffd, 0x1d400, 0x1f600, 0x10ffff, 0x110000}

func main() {
	fmt.Println(unicode.Version, unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII,
		unicode.MaxLatin1, unicode.UpperCase, unicode.LowerCase, unicode.TitleCase,
		unicode.MaxCase, unicode.UpperLower)
	for _, p := range predicates {
		count, sum := 0, uint64(0)
		for r := rune(-3); r <= unicode.MaxRune+3; r++ {
			if p.f(r) {
				count++
				sum = sum*1000003 + uint64(r)
			}
		}
		fmt.Printf("%-18s %7d %d\n", p.name, count, sum)
	}
	for _, r := range chosen {
		fmt.Printf("%U", r)
		for _, p := range predicates {
			if p.f(r) {
				fmt.Print(" ", p.name)
			}
		}
		fmt.Println()
	}
	showTables()
}

func showTables() {
	fmt.Println(len(unicode.Categories), len(unicode.Scripts), len(unicode.Properties),
		len(unicode.FoldCategory), len(unicode.FoldScript), len(unicode.CaseRanges),
		len(unicode.GraphicRanges), len(unicode.PrintRanges))
	fmt.Println(unicode.Upper == unicode.Lu, unicode.Letter == unicode.L,
		unicode.Categories["Nd"] == unicode.Digit, unicode.Scripts["Han"] == unicode.Han)
	for _, group := range []map[string]*unicode.RangeTable{unicode.Categories, unicode.Scripts,
		unicode.Properties, unicode.FoldCategory, unicode.FoldScript} {
		names := make([]string, 0, len(group))
		for name := range group {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			t := group[name]
			fmt.Printf("%s:%d/%d/%d ", name, len(t.R16), len(t.R32), t.LatinOffset)
		}
		fmt.Println()
	}
	t := unicode.Greek
	fmt.Println(t.R16[0], t.R16[len(t.R16)-1], t.R32[0])
	c := unicode.CaseRanges[0]
	fmt.Println(c.Lo, c.Hi, c.Delta[0], c.Delta[1], c.Delta[2])
	custom := &unicode.RangeTable{R16: []unicode.Range16{{'a', 'y', 3}, {0x100, 0x200, 0x80}},
		R32: []unicode.Range32{{0x10000, 0x10010, 4}}, LatinOffset: 1}
	for _, r := range []rune{'a', 'b', 'd', 'y', 'z', 0x100, 0x180, 0x181, 0x200, 0x10004, 0x10005, 0x10010} {
		fmt.Print(unicode.Is(custom, r), " ")
	}
	fmt.Println(unicode.Is(&unicode.RangeTable{}, 'a'))
}
