// strings: random differential sweep. Strings drawn from an alphabet of tricky pieces (ASCII,
// multi-byte runes, invalid bytes, U+FFFD, case-folding runes, spaces) go through every function;
// each function's results are hashed, so any difference from gc shows in its line. Replacers get
// random argument lists with empty, duplicate and overlapping old strings.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

var pieces = []string{"a", "b", "A", "B", "ab", " ", "\t", "é", "É", "日", "\xff", "\xe2\x82", "\uFFFD",
	"k", "K", "\u212A", "ß", "ſ", "s", "σ", "ς", "Σ", "ǅ", "\u00a0", "\u2003", "-", "_", ".", "0", "9"}

var seed uint64 = 88172645463325252

func next(n int) int {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return int(seed % uint64(n))
}

func randomString(maxPieces int) string {
	var b strings.Builder
	for i := next(maxPieces + 1); i > 0; i-- {
		b.WriteString(pieces[next(len(pieces))])
	}
	return b.String()
}

type hasher struct{ h uint64 }

func (h *hasher) str(s string) {
	for i := 0; i < len(s); i++ {
		h.h = h.h*1099511628211 ^ uint64(s[i])
	}
	h.h = h.h*1099511628211 ^ 0xff01
}

func (h *hasher) num(n int) { h.h = h.h*1099511628211 ^ uint64(n+1000) }
func (h *hasher) bool(b bool) {
	if b {
		h.num(1)
	} else {
		h.num(0)
	}
}
func (h *hasher) strs(ss []string) {
	h.num(len(ss))
	if ss == nil {
		h.num(-1)
	}
	for _, s := range ss {
		h.str(s)
	}
}

func main() {
	names := []string{"Index", "LastIndex", "IndexAny", "LastIndexAny", "IndexRune", "IndexFunc", "Count",
		"Split", "SplitN", "SplitAfterN", "Fields", "FieldsFunc", "EqualFold", "Compare", "Replace", "Trim",
		"TrimLeft", "TrimRight", "TrimFunc", "TrimSpace", "Map", "ToUpper", "ToLower", "ToTitle", "Title",
		"ToValidUTF8", "Cut", "Repeat", "Special", "Contains"}
	hashes := make([]hasher, len(names))
	for round := 0; round < 20000; round++ {
		s, t := randomString(8), randomString(3)
		n := next(6) - 2
		r := []rune(t + "x")[0]
		h := hashes
		h[0].num(strings.Index(s, t))
		h[1].num(strings.LastIndex(s, t))
		h[2].num(strings.IndexAny(s, t))
		h[3].num(strings.LastIndexAny(s, t))
		h[4].num(strings.IndexRune(s, r))
		h[5].num(strings.IndexFunc(s, unicode.IsUpper) + 100*strings.LastIndexFunc(s, unicode.IsSpace))
		h[6].num(strings.Count(s, t))
		h[7].strs(strings.Split(s, t))
		h[8].strs(strings.SplitN(s, t, n))
		h[9].strs(strings.SplitAfterN(s, t, n))
		h[10].strs(strings.Fields(s))
		h[11].strs(strings.FieldsFunc(s, func(r rune) bool { return r == 'a' || r == 0xFFFD || unicode.IsPunct(r) }))
		h[12].bool(strings.EqualFold(s, t))
		h[12].bool(strings.EqualFold(s, strings.ToUpper(s)))
		h[12].bool(strings.EqualFold(strings.ToLower(s), strings.ToTitle(s)))
		h[13].num(strings.Compare(s, t))
		h[14].str(strings.Replace(s, t, "<>", n))
		h[14].str(strings.ReplaceAll(s, t[:len(t)/2], ""))
		h[15].str(strings.Trim(s, t))
		h[16].str(strings.TrimLeft(s, t))
		h[17].str(strings.TrimRight(s, t))
		h[18].str(strings.TrimFunc(s, unicode.IsLetter))
		h[19].str(strings.TrimSpace(s))
		h[20].str(strings.Map(func(r rune) rune {
			switch {
			case r == 'a':
				return -1
			case r == 0xFFFD:
				return 'R'
			case r == 'b':
				return 0xFFFD
			case r == '9':
				return 0x110000
			}
			return r
		}, s))
		h[21].str(strings.ToUpper(s))
		h[22].str(strings.ToLower(s))
		h[23].str(strings.ToTitle(s))
		h[24].str(strings.Title(s))
		h[25].str(strings.ToValidUTF8(s, t))
		before, after, found := strings.Cut(s, t)
		h[26].str(before)
		h[26].str(after)
		h[26].bool(found)
		h[27].str(strings.Repeat(t, n+2))
		h[28].str(strings.ToUpperSpecial(unicode.TurkishCase, s) + strings.ToLowerSpecial(unicode.TurkishCase, s))
		h[29].bool(strings.Contains(s, t))
		h[29].bool(strings.ContainsAny(s, t))
		h[29].bool(strings.ContainsRune(s, r))
		h[29].bool(strings.HasPrefix(s, t))
		h[29].bool(strings.HasSuffix(s, t))
	}
	for i, name := range names {
		fmt.Printf("%-12s %d\n", name, hashes[i].h)
	}
	var rh hasher
	for round := 0; round < 3000; round++ {
		args := make([]string, 2*next(5))
		for i := range args {
			args[i] = randomString(2 - i%2)
		}
		r := strings.NewReplacer(args...)
		for k := 0; k < 5; k++ {
			s := randomString(10)
			out := r.Replace(s)
			rh.str(out)
			if round < 30 && k == 0 {
				fmt.Printf("%q %q -> %q\n", args, s, out)
			}
		}
	}
	fmt.Println("Replacer", rh.h)
}
