// Conversions string <-> []byte, []rune, runes, and numbers via strconv.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	s := "Go→LLVM"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	for _, x := range b {
		fmt.Print(x, " ")
	}
	fmt.Println()
	for _, x := range r {
		fmt.Print(x, " ")
	}
	fmt.Println()
	b[0] = 'g'
	r[0] = 'g'
	fmt.Println(s, string(b), string(r))
	fmt.Println(string(b[2:5]), string(r[2:3]), string(r[3:]))
	empty := []byte("")
	fmt.Println(len(empty), empty == nil, string([]byte(nil)) == "")
	digits := ""
	for i := 0; i < 10; i++ {
		digits += string(rune('0' + i))
	}
	fmt.Println(digits)
	for _, n := range []int{0, 7, -7, 12345, -9223372036854775808, 9223372036854775807} {
		str := strconv.Itoa(n)
		back, err := strconv.Atoi(str)
		fmt.Println(str, len(str), back == n, err)
	}
	out := make([]byte, 0, 16)
	out = append(out, "prefix:"...)
	out = append(out, strconv.Itoa(42)...)
	out = append(out, '!')
	fmt.Println(string(out), len(out))
	var runes []rune
	for _, c := range "abc" {
		runes = append(runes, c-32)
	}
	fmt.Println(string(runes))
	bs := []byte{0xe4, 0xb8, 0x96}
	fmt.Println(string(bs), len(string(bs)), []rune(string(bs))[0])
	fmt.Println(string(rune(0x41))+string(rune(0x42)), string(rune('a'-32)))
	x := 65
	fmt.Println(string(rune(x)), strconv.Itoa(x))
	copyOf := string(b)
	b[1] = 'O'
	fmt.Println(copyOf, string(b))
}
