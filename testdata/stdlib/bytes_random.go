// bytes: random differential sweep (results hashed with their nil-ness and capacities). Strings drawn from an alphabet of tricky pieces (ASCII,
// multi-byte runes, invalid bytes, U+FFFD, case-folding runes, spaces) go through every function;
// each function's results are hashed, so any difference from gc shows in its line. Buffers get
// random sequences of operations.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

var pieces = []string{"", "a", "b", "A", "B", "ab", " ", "\t", "é", "É", "日", "\xff", "\xe2\x82", "\uFFFD",
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
func (h *hasher) b(b []byte) {
	h.str(string(b))
	h.bool(b == nil)
	h.num(cap(b) - len(b))
}

func (h *hasher) bs(bb [][]byte) {
	h.num(len(bb))
	h.bool(bb == nil)
	for _, b := range bb {
		h.b(b)
	}
}

func B(s string) []byte {
	if s == "" && next(2) == 0 {
		return nil
	}
	return []byte(s)
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
		bs, bt := B(s), B(t)
		h[0].num(bytes.Index(bs, bt))
		h[1].num(bytes.LastIndex(bs, bt))
		h[2].num(bytes.IndexAny(bs, t))
		h[3].num(bytes.LastIndexAny(bs, t))
		h[4].num(bytes.IndexRune(bs, r))
		h[5].num(bytes.IndexFunc(bs, unicode.IsUpper) + 100*bytes.LastIndexFunc(bs, unicode.IsSpace))
		h[6].num(bytes.Count(bs, bt))
		h[7].bs(bytes.Split(bs, bt))
		h[8].bs(bytes.SplitN(bs, bt, n))
		h[9].bs(bytes.SplitAfterN(bs, bt, n))
		h[10].bs(bytes.Fields(bs))
		h[11].bs(bytes.FieldsFunc(bs, func(r rune) bool { return r == 'a' || r == 0xFFFD || unicode.IsPunct(r) }))
		h[12].bool(bytes.EqualFold(bs, bt))
		h[12].bool(bytes.EqualFold(bs, bytes.ToUpper(bs)))
		h[13].num(bytes.Compare(bs, bt))
		h[13].bool(bytes.Equal(bs, bt))
		h[14].b(bytes.Replace(bs, bt, []byte("<>"), n))
		h[14].b(bytes.ReplaceAll(bs, bt[:len(bt)/2], nil))
		h[15].b(bytes.Trim(bs, t))
		h[16].b(bytes.TrimLeft(bs, t))
		h[17].b(bytes.TrimRight(bs, t))
		h[18].b(bytes.TrimFunc(bs, unicode.IsLetter))
		h[19].b(bytes.TrimSpace(bs))
		h[20].b(bytes.Map(func(r rune) rune {
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
		}, bs))
		h[21].b(bytes.ToUpper(bs))
		h[22].b(bytes.ToLower(bs))
		h[23].b(bytes.ToTitle(bs))
		h[24].b(bytes.Title(bs))
		h[25].b(bytes.ToValidUTF8(bs, bt))
		before, after, found := bytes.Cut(bs, bt)
		h[26].b(before)
		h[26].b(after)
		h[26].bool(found)
		h[27].b(bytes.Repeat(bt, n+2))
		h[28].b(bytes.ToUpperSpecial(unicode.TurkishCase, bs))
		h[28].b(bytes.TrimPrefix(bs, bt))
		h[28].b(bytes.TrimSuffix(bs, bt))
		h[28].b(bytes.TrimLeftFunc(bs, unicode.IsLower))
		h[28].b(bytes.TrimRightFunc(bs, unicode.IsLower))
		h[29].bool(bytes.Contains(bs, bt))
		h[29].bool(bytes.ContainsAny(bs, t))
		h[29].bool(bytes.ContainsRune(bs, r))
		h[29].bool(bytes.HasPrefix(bs, bt))
		h[29].bool(bytes.HasSuffix(bs, bt))
		for _, x := range bytes.Runes(bs) {
			h[29].num(int(x))
		}
	}
	for i, name := range names {
		fmt.Printf("%-12s %d\n", name, hashes[i].h)
	}
	var bh hasher
	for round := 0; round < 3000; round++ {
		var buf bytes.Buffer
		if next(2) == 0 {
			// Not NewBufferString: gc gives a short string's bytes a 32-byte
			// stack buffer when inlining lets it, and the capacity steers Grow,
			// which the unread operations can see.
			buf = *bytes.NewBuffer(append(make([]byte, 0, next(40)), randomString(5)...))
		}
		for op := 0; op < 12; op++ {
			switch next(10) {
			case 0:
				buf.WriteString(randomString(20))
			case 1:
				n, err := buf.WriteRune(rune(next(0x110010)) - 5)
				bh.num(n)
				bh.bool(err == nil)
			case 2:
				p := make([]byte, next(7))
				n, err := buf.Read(p)
				bh.num(n)
				bh.bool(err == io.EOF)
				bh.b(p[:n])
			case 3:
				c, size, err := buf.ReadRune()
				bh.num(int(c) + size)
				bh.bool(err == nil)
			case 4:
				bh.bool(buf.UnreadRune() == nil)
			case 5:
				bh.bool(buf.UnreadByte() == nil)
			case 6:
				line, err := buf.ReadBytes(' ')
				bh.b(line)
				bh.bool(err == nil)
			case 7:
				bh.b(buf.Next(next(5)))
			case 8:
				buf.Grow(next(100))
				bh.num(buf.Cap())
			case 9:
				if buf.Len() > 0 {
					buf.Truncate(next(buf.Len()))
				}
			}
			bh.num(buf.Len())
			bh.str(buf.String())
		}
	}
	fmt.Println("Buffer", bh.h)
}
