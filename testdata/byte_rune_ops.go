// byte and rune arithmetic: character classes, case conversion, digit values, hex encoding by hand.
package main

import "fmt"

const hexdigits = "0123456789abcdef"

func toHex(b []byte) string {
	out := make([]byte, 0, len(b)*2)
	for _, c := range b {
		out = append(out, hexdigits[c>>4], hexdigits[c&0x0f])
	}
	return string(out)
}

func fromHex(s string) ([]byte, bool) {
	if len(s)%2 != 0 {
		return nil, false
	}
	out := make([]byte, len(s)/2)
	for i := 0; i < len(s); i += 2 {
		hi, ok1 := nibble(s[i])
		lo, ok2 := nibble(s[i+1])
		if !ok1 || !ok2 {
			return nil, false
		}
		out[i/2] = hi<<4 | lo
	}
	return out, true
}

func nibble(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func swapCase(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		} else if 'A' <= c && c <= 'Z' {
			b[i] = c + ('a' - 'A')
		}
	}
	return string(b)
}

func main() {
	var c byte = 'A'
	c += 2
	fmt.Println(c, string(c), c-'A', 'z'-'a'+1)
	var r rune = 'é'
	fmt.Println(r, r+1, string(r+1), r-'a')
	fmt.Printf("%c %c %d %x\n", 'a'+1, r-1, '0'+9, 'Z')
	fmt.Println(toHex([]byte("Hi!\x00\xff")))
	if b, ok := fromHex("48656C6c6f"); ok {
		fmt.Println(string(b))
	}
	_, ok := fromHex("4g")
	_, ok2 := fromHex("abc")
	fmt.Println(ok, ok2)
	fmt.Println(swapCase("Hello, World 123"))
	digits := "31415926535"
	sum := 0
	for i := 0; i < len(digits); i++ {
		sum += int(digits[i] - '0')
	}
	fmt.Println("digit sum:", sum)
	var b byte = 250
	for i := 0; i < 10; i++ {
		b++
	}
	fmt.Println(b)
	runes := []rune{'G', 'o', ' ', '语', '言'}
	total := rune(0)
	for _, x := range runes {
		total += x
	}
	fmt.Println(total, string(runes), len(string(runes)))
	fmt.Printf("%T %T %T %T\n", c, r, 'x', c+1)
	upper := 0
	for _, ch := range "MiXeD CaSe" {
		if ch >= 'A' && ch <= 'Z' {
			upper++
		}
	}
	fmt.Println("upper:", upper)
	var max rune = 0x10FFFF
	fmt.Println(max, max+1, string(max+1) == "\uFFFD")
	fmt.Println('\n', '\t', '\\', '\'', '\x41', '\u00e9', '\U0001F600', '\101')
}
