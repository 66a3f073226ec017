// unicode/utf16: encoding and decoding with surrogates, lone halves and invalid runes.
package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	for _, r := range []rune{0, 'a', 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xffff,
		0x10000, 0x1f600, 0x10ffff, 0x110000, -1} {
		r1, r2 := utf16.EncodeRune(r)
		fmt.Printf("%x: surrogate %v pair %x %x back %x\n", r, utf16.IsSurrogate(r), r1, r2,
			utf16.DecodeRune(r1, r2))
	}
	fmt.Printf("%x\n", utf16.DecodeRune('a', 'b'))
	fmt.Printf("%x\n", utf16.DecodeRune(0xdc00, 0xd800))
	encoded := utf16.Encode([]rune("héllo, 世界 \U0001F600\U0010FFFF"))
	fmt.Printf("%x\n", encoded)
	fmt.Printf("%q\n", string(utf16.Decode(encoded)))
	fmt.Printf("%x\n", utf16.Encode([]rune{0xd800, 0xdfff, 0x110000, -5, 'z'}))
	fmt.Printf("%x\n", utf16.Decode([]uint16{0xd800, 'a', 0xdc00, 0xd800, 0xdc00, 0xdbff}))
	fmt.Printf("%x\n", utf16.Decode([]uint16{0xdbff, 0xdfff, 0xdfff, 0xd800}))
	fmt.Println(len(utf16.Encode(nil)), len(utf16.Decode(nil)), utf16.Encode(nil) == nil)
	var all []rune
	for r := rune(0); r < 0x110000; r += 7 {
		all = append(all, r)
	}
	units := utf16.Encode(all)
	back := utf16.Decode(units)
	same := 0
	for i := range back {
		if i < len(all) && back[i] == all[i] {
			same++
		}
	}
	fmt.Println(len(all), len(units), len(back), same)
}
