// bytes: the function list on chosen inputs, printing which results are nil and the capacity of
// subslices (gc caps split parts), plus sweeps agreeing with package strings.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func q(b []byte) string {
	return fmt.Sprintf("%q/nil=%v", b, b == nil)
}

func qs(parts [][]byte) string {
	out := fmt.Sprintf("%d nil=%v [", len(parts), parts == nil)
	for _, p := range parts {
		out += fmt.Sprintf("%q:%d ", p, cap(p))
	}
	return out + "]"
}

var inputs = []string{"", "a", " a b ", "a,b,,c", "héllo wörld", "日本語", "\xff\xfea", "\t\n\u00a0 x \u2003",
	"aaaa", "Hello, World", "ǆemal", "ΣΑΣ", "xx\uFFFDxx", "   "}

func main() {
	var nilSlice []byte
	for _, in := range append([]string{"<nil>"}, inputs...) {
		s := []byte(in)
		if in == "<nil>" {
			s = nilSlice
		}
		fmt.Printf("%q:\n", in)
		fmt.Println(" ", q(bytes.TrimSpace(s)), q(bytes.Trim(s, " a")), q(bytes.TrimLeft(s, "a ")),
			q(bytes.TrimRight(s, "a ")), q(bytes.Trim(s, "日\xff")), q(bytes.TrimLeft(s, "")),
			q(bytes.TrimFunc(s, unicode.IsLetter)), q(bytes.TrimLeftFunc(s, unicode.IsSpace)),
			q(bytes.TrimRightFunc(s, unicode.IsSpace)), q(bytes.TrimPrefix(s, []byte("a"))),
			q(bytes.TrimSuffix(s, []byte("a"))))
		fmt.Println(" ", q(bytes.ToUpper(s)), q(bytes.ToLower(s)), q(bytes.ToTitle(s)), q(bytes.Title(s)),
			q(bytes.ToUpperSpecial(unicode.TurkishCase, s)), q(bytes.Map(func(r rune) rune {
				if r == 'a' {
					return -1
				}
				return r + 1
			}, s)), q(bytes.ToValidUTF8(s, []byte("?"))), q(bytes.Repeat(s, 2)), q(bytes.Repeat(s, 0)))
		fmt.Println(" ", qs(bytes.Split(s, []byte(","))), qs(bytes.Split(s, nil)), qs(bytes.SplitN(s, nil, 2)),
			qs(bytes.SplitAfter(s, []byte("a"))), qs(bytes.SplitN(s, []byte(","), 0)),
			qs(bytes.SplitAfterN(s, []byte(" "), 2)), qs(bytes.Fields(s)), qs(bytes.FieldsFunc(s, unicode.IsPunct)))
		fmt.Println(" ", q(bytes.Replace(s, []byte("a"), []byte("A"), 1)), q(bytes.Replace(s, []byte("z"), nil, -1)),
			q(bytes.ReplaceAll(s, nil, []byte("-"))), q(bytes.Replace(s, []byte("a"), nil, 0)),
			q(bytes.Join(bytes.Fields(s), []byte("+"))), fmt.Sprint(bytes.Runes(s)))
		b, a, found := bytes.Cut(s, []byte(","))
		fmt.Println(" ", q(b), q(a), found, bytes.Count(s, []byte("a")), bytes.Count(s, nil),
			bytes.Index(s, []byte("b")), bytes.LastIndex(s, []byte("a")), bytes.IndexByte(s, ' '),
			bytes.LastIndexByte(s, ' '), bytes.IndexRune(s, 'ö'), bytes.IndexRune(s, 0xFFFD),
			bytes.IndexAny(s, "日,"), bytes.LastIndexAny(s, "ö\xff"), bytes.IndexAny(s, "\uFFFD"),
			bytes.IndexFunc(s, unicode.IsUpper), bytes.LastIndexFunc(s, unicode.IsLower),
			bytes.Contains(s, []byte("a")), bytes.ContainsAny(s, "xyz"), bytes.ContainsRune(s, '本'),
			bytes.HasPrefix(s, []byte("a")), bytes.HasSuffix(s, []byte("a")),
			bytes.Equal(s, nil), bytes.Compare(s, []byte("a")), bytes.EqualFold(s, []byte("HELLO, WORLD")))
	}
	fmt.Println(q(bytes.Join(nil, []byte(","))), q(bytes.Join([][]byte{nil}, []byte(","))),
		q(bytes.Join([][]byte{[]byte("a"), nil, []byte("b")}, []byte(", "))))
	parts := bytes.Split([]byte("a,b,c"), []byte(","))
	parts[0] = append(parts[0], 'X')
	fmt.Printf("%q\n", parts)
	agreeWithStrings()
}

// agreeWithStrings checks that bytes answers as strings over generated inputs.
func agreeWithStrings() {
	pieces := []string{"a", "b", "é", "\xff", "ab", "\uFFFD", "A", " "}
	var all []string
	var build func(prefix string, depth int)
	build = func(prefix string, depth int) {
		all = append(all, prefix)
		if depth > 0 {
			for _, p := range pieces {
				build(prefix+p, depth-1)
			}
		}
	}
	build("", 3)
	differ := 0
	for _, s := range all {
		for _, t := range all[:60] {
			bs, bt := []byte(s), []byte(t)
			if bytes.Index(bs, bt) != strings.Index(s, t) || bytes.LastIndex(bs, bt) != strings.LastIndex(s, t) ||
				bytes.Count(bs, bt) != strings.Count(s, t) || bytes.IndexAny(bs, t) != strings.IndexAny(s, t) ||
				bytes.LastIndexAny(bs, t) != strings.LastIndexAny(s, t) ||
				bytes.EqualFold(bs, bt) != strings.EqualFold(s, t) || bytes.Compare(bs, bt) != strings.Compare(s, t) ||
				string(bytes.Trim(bs, t)) != strings.Trim(s, t) ||
				string(bytes.ReplaceAll(bs, bt, []byte("<>"))) != strings.ReplaceAll(s, t, "<>") ||
				len(bytes.Split(bs, bt)) != len(strings.Split(s, t)) {
				differ++
			}
		}
		if string(bytes.ToUpper([]byte(s))) != strings.ToUpper(s) || string(bytes.Title([]byte(s))) != strings.Title(s) ||
			len(bytes.Fields([]byte(s))) != len(strings.Fields(s)) {
			differ++
		}
	}
	fmt.Println(len(all), "inputs; differing from strings:", differ)
}
