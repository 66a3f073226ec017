// unicode/utf8: every function on edge cases, plus exhaustive sweeps of one- and two-byte inputs
// and of runes, summarised as checksums.
package main

import (
	"fmt"
	"unicode/utf8"
)

var samples = []string{
	"", "a", "abc", "héllo", "日本語", "\U0001F600x", "\xff", "\xc0\x80", "\xc3", "\xe2\x82",
	"\xe2\x82\xac", "\xed\xa0\x80", "\xed\x9f\xbf", "\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf",
	"\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xf0\x8f\xbf\xbf", "\xe0\x9f\xbf", "\xe0\xa0\x80",
	"\x80", "\xbf", "a\xffb", "\xef\xbf\xbd", "\xc2\x80", "\xdf\xbf", "\xf0\x90\x80", "\xf0\x90",
	"x\xf0\x90\x80", "\xe2\x82\xacz", "€\x80", "\x80\x80\x80\x80\x80", "\xf0\x9f\x98\x80\x80",
}

var runes = []rune{0, 'a', 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff,
	0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, -1, -0x80000000, 0x7fffffff, 'é', '€'}

func main() {
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	for _, s := range samples {
		b := []byte(s)
		r1, n1 := utf8.DecodeRuneInString(s)
		r2, n2 := utf8.DecodeRune(b)
		r3, n3 := utf8.DecodeLastRuneInString(s)
		r4, n4 := utf8.DecodeLastRune(b)
		fmt.Printf("%q: first %U/%d %U/%d last %U/%d %U/%d full %v %v count %d %d valid %v %v\n",
			s, r1, n1, r2, n2, r3, n3, r4, n4, utf8.FullRuneInString(s), utf8.FullRune(b),
			utf8.RuneCountInString(s), utf8.RuneCount(b), utf8.ValidString(s), utf8.Valid(b))
		for i := 0; i < len(s); i++ {
			fmt.Print(utf8.RuneStart(s[i]), utf8.FullRuneInString(s[i:]), utf8.FullRune(b[:i]), " ")
		}
		fmt.Println()
	}
	for _, r := range runes {
		var buf [4]byte
		n := utf8.EncodeRune(buf[:], r)
		fmt.Printf("%d: len %d valid %v encoded % x appended %q\n", r, utf8.RuneLen(r),
			utf8.ValidRune(r), buf[:n], utf8.AppendRune([]byte("<"), r))
	}
	sweepBytes()
	sweepRunes()
	encodePanics()
}

// sweepBytes decodes every sequence of up to two bytes and every three-byte sequence whose
// first byte leads a longer sequence, and prints checksums of the results.
func sweepBytes() {
	var sum, count uint64
	var buf [4]byte
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			buf[0], buf[1] = byte(a), byte(b)
			for _, n := range []int{1, 2} {
				r, size := utf8.DecodeRune(buf[:n])
				rl, sizel := utf8.DecodeLastRune(buf[:n])
				rs, sizes := utf8.DecodeRuneInString(string(buf[:n]))
				if r != rs || size != sizes {
					fmt.Println("mismatch", a, b, n)
				}
				sum = sum*31 + uint64(r)*7 + uint64(size) + uint64(rl)*3 + uint64(sizel)
				if utf8.FullRune(buf[:n]) {
					count++
				}
				if utf8.Valid(buf[:n]) {
					count += 1000
				}
			}
		}
	}
	fmt.Println("two bytes:", sum, count)
	sum, count = 0, 0
	for a := 0xe0; a < 0xf8; a++ {
		for b := 0x70; b < 0xd0; b++ {
			for c := 0x70; c < 0xd0; c++ {
				buf[0], buf[1], buf[2], buf[3] = byte(a), byte(b), byte(c), 0x90
				for n := 3; n <= 4; n++ {
					r, size := utf8.DecodeRune(buf[:n])
					rl, sizel := utf8.DecodeLastRune(buf[:n])
					sum = sum*31 + uint64(r)*7 + uint64(size) + uint64(rl)*3 + uint64(sizel)
					if utf8.FullRune(buf[:n-1]) {
						count++
					}
					if utf8.FullRuneInString(string(buf[:n-2])) {
						count += 10
					}
					if utf8.ValidString(string(buf[:n])) {
						count += 1000
					}
					count += uint64(utf8.RuneCount(buf[:n])) << 20
				}
			}
		}
	}
	fmt.Println("three and four bytes:", sum, count)
}

// sweepRunes round-trips every rune (and some beyond) through EncodeRune and DecodeRune.
func sweepRunes() {
	var buf [4]byte
	bad := 0
	var lens [5]int
	for r := rune(-10); r <= 0x110010; r++ {
		n := utf8.EncodeRune(buf[:], r)
		got, size := utf8.DecodeRune(buf[:n])
		want := r
		if !utf8.ValidRune(r) {
			want = utf8.RuneError
		}
		if got != want || size != n {
			bad++
		}
		if l := utf8.RuneLen(r); l > 0 {
			lens[l]++
		} else {
			lens[0]++
		}
	}
	fmt.Println("round trips failed:", bad, "lengths:", lens)
	s := string(make([]byte, 0))
	for i := 0; i < 2000; i++ {
		s += string(rune(i * 37))
	}
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString(s+"\xff"))
}

func encodePanics() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var small [2]byte
	fmt.Println(utf8.EncodeRune(small[:], 'é'))
	fmt.Println(utf8.EncodeRune(small[:], '€'))
}
