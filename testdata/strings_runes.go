// Strings as UTF-8: range by rune, []rune and []byte conversions, invalid encodings.
package main

import "fmt"

func main() {
	s := "aé世🙂"
	fmt.Println(len(s), len([]rune(s)), len([]byte(s)))
	for i, r := range s {
		fmt.Printf("%d:%c:%d:%x ", i, r, r, r)
	}
	fmt.Println()
	for i := range s {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for _, r := range "héllo" {
		fmt.Print(string(r), ".")
	}
	fmt.Println()
	bad := "a\xffb\xe4\xb8c\xf0\x9f\x99"
	for i, r := range bad {
		fmt.Printf("[%d %d %q]", i, r, r)
	}
	fmt.Println()
	rs := []rune(bad)
	fmt.Println(len(rs), rs[1] == 0xFFFD, string(rs))
	rs2 := []rune(s)
	rs2[0] = 'A'
	rs2[2] = '界'
	fmt.Println(string(rs2), len(string(rs2)))
	bs := []byte(s)
	fmt.Println(bs[0], bs[1], bs[2], len(bs))
	bs[0] = 'Z'
	fmt.Println(string(bs), s)
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)) == "\uFFFD")
	var r rune = 'ß'
	fmt.Println(r, string(r), len(string(r)))
	fmt.Println(string([]rune{72, 105, 0x1F600}))
	fmt.Println(string([]byte{72, 105, 33}))
	fmt.Println(reverseRunes("Hello, 世界"), reverseBytes("abc"))
	n := 0
	for range "ünïcödé" {
		n++
	}
	fmt.Println("runes:", n)
	surrogate := string(rune(0xD800))
	fmt.Printf("%q %d\n", surrogate, len(surrogate))
	var e string
	for i, r := range e {
		fmt.Println("never", i, r)
	}
	fmt.Printf("%q\n", []byte("x\x80"))
}

func reverseRunes(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func reverseBytes(s string) string {
	b := []byte(s)
	out := make([]byte, len(b))
	for i := range b {
		out[len(b)-1-i] = b[i]
	}
	return string(out)
}
