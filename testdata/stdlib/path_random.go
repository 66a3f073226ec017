// path and strings.Reader: random differential sweeps. Paths and shell patterns are drawn from
// pieces that exercise Clean's rules and Match's classes, escapes and malformed syntax; a
// strings.Reader and a bytes.Reader get random sequences of reads, unreads and seeks.
package main

import (
	"bytes"
	"fmt"
	"io"
	"path"
	"strings"
)

var seed uint64 = 0x2545F4914F6CDD1D

func next(n int) int {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return int(seed % uint64(n))
}

func pick(pieces []string, max int) string {
	var b strings.Builder
	for i := next(max + 1); i > 0; i-- {
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

func (h *hasher) num(n int64) { h.h = h.h*1099511628211 ^ uint64(n+1000) }

func (h *hasher) err(err error) {
	if err != nil {
		h.str(err.Error())
	} else {
		h.num(-7)
	}
}

func main() {
	pathPieces := []string{"/", "/", ".", "..", "a", "b", "c.d", "..."}
	var clean, split, join hasher
	for i := 0; i < 30000; i++ {
		p, q := pick(pathPieces, 8), pick(pathPieces, 4)
		clean.str(path.Clean(p))
		clean.str(path.Base(p))
		clean.str(path.Dir(p))
		clean.str(path.Ext(p))
		dir, file := path.Split(p)
		split.str(dir)
		split.str(file)
		join.str(path.Join(p, q))
		join.str(path.Join(q, "", p))
		if i < 20 {
			fmt.Printf("%q -> %q %q %q\n", p, path.Clean(p), path.Base(p), path.Dir(p))
		}
	}
	fmt.Println(clean.h, split.h, join.h)
	patternPieces := []string{"*", "?", "a", "b", "/", "[", "]", "^", "-", "\\", "[a-c]", "[^b]", "[\\]]", "é", "\xff"}
	namePieces := []string{"a", "b", "c", "/", "é", "]", "-", "\\", "*"}
	var match hasher
	matched, bad := 0, 0
	for i := 0; i < 30000; i++ {
		pattern, name := pick(patternPieces, 5), pick(namePieces, 5)
		ok, err := path.Match(pattern, name)
		if ok {
			matched++
			match.num(1)
		}
		if err != nil {
			bad++
		}
		match.err(err)
		if i < 40 {
			fmt.Printf("%q %q %v %v\n", pattern, name, ok, err)
		}
	}
	fmt.Println(match.h, matched, bad)
	readers()
}

func readers() {
	var h hasher
	for round := 0; round < 2000; round++ {
		text := pick([]string{"a", "é", "日本", "\xff", "\U0001F600", " "}, 12)
		sr := strings.NewReader(text)
		br := bytes.NewReader([]byte(text))
		for op := 0; op < 15; op++ {
			kind := next(8)
			for i, r := range []interface{}{sr, br} {
				switch kind {
				case 0:
					p := make([]byte, next(6))
					n, err := r.(io.Reader).Read(p)
					h.num(int64(n))
					h.str(string(p[:n]))
					h.err(err)
				case 1:
					c, err := r.(io.ByteReader).ReadByte()
					h.num(int64(c))
					h.err(err)
				case 2:
					c, size, err := r.(io.RuneReader).ReadRune()
					h.num(int64(c) + int64(size))
					h.err(err)
				case 3:
					h.err(r.(io.RuneScanner).UnreadRune())
				case 4:
					h.err(r.(io.ByteScanner).UnreadByte())
				case 5:
					pos, err := r.(io.Seeker).Seek(int64(next(20)-8), next(4))
					h.num(pos)
					h.err(err)
				case 6:
					p := make([]byte, next(5))
					n, err := r.(io.ReaderAt).ReadAt(p, int64(next(16)-3))
					h.num(int64(n))
					h.str(string(p[:n]))
					h.err(err)
				case 7:
					if i == 0 {
						h.num(int64(sr.Len()) + sr.Size())
					} else {
						h.num(int64(br.Len()) + br.Size())
					}
				}
			}
		}
	}
	fmt.Println("readers", h.h)
}
