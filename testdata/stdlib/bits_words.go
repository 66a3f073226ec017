// math/bits's word operations (instructions under minigo) on edge and random values, and
// Div64's two panics.
package main

import (
	"fmt"
	"math/bits"
)

var state uint64 = 88172645463325252

func random() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	switch state % 7 {
	case 0:
		return state >> (state % 64)
	case 1:
		return ^uint64(0) - state%3
	case 2:
		return state % 3
	}
	return state
}

var edges = []uint64{0, 1, 2, 3, 1 << 31, 1<<32 - 1, 1 << 32, 1<<63 - 1, 1 << 63, 1<<64 - 1, 0x8000000000000001, 0xdeadbeefcafebabe}

func divide(hi, lo, y uint64) (text string) {
	defer func() {
		if e := recover(); e != nil {
			err := e.(error)
			text = "panic: " + err.Error()
		}
	}()
	q, r := bits.Div64(hi, lo, y)
	return fmt.Sprint(q, r, bits.Rem64(hi, lo, y))
}

func line(x, y, z uint64) string {
	h, l := bits.Mul64(x, y)
	s, c := bits.Add64(x, y, z&1)
	d, b := bits.Sub64(x, y, z&1)
	k := int(z%200) - 100
	return fmt.Sprint(h, l, s, c, d, b, bits.Len64(x), bits.Len32(uint32(x)), bits.LeadingZeros64(y),
		bits.TrailingZeros64(x), bits.TrailingZeros32(uint32(y)), bits.TrailingZeros16(uint16(z)), bits.TrailingZeros8(uint8(x)),
		bits.OnesCount64(x), bits.OnesCount32(uint32(y)), bits.OnesCount8(uint8(z)),
		bits.RotateLeft64(x, k), bits.RotateLeft32(uint32(y), k), bits.RotateLeft16(uint16(z), k), bits.RotateLeft8(uint8(x), k),
		bits.Reverse64(x), bits.Reverse32(uint32(y)), bits.Reverse16(uint16(z)), bits.Reverse8(uint8(x)),
		bits.ReverseBytes64(y), bits.ReverseBytes32(uint32(z)), bits.ReverseBytes16(uint16(x)),
		" ", divide(x, y, z), " ", divide(x%(z|1), y, z|1))
}

func main() {
	for _, x := range edges {
		for _, y := range edges {
			fmt.Println(line(x, y, x^y))
		}
	}
	var sum uint64
	for i := 0; i < 200000; i++ {
		x, y, z := random(), random(), random()
		text := line(x, y, z)
		for j := 0; j < len(text); j++ {
			sum = sum*1099511628211 + uint64(text[j])
		}
		if i%1000 == 0 {
			fmt.Println(text)
		}
	}
	fmt.Println("digest", sum)
}
