package main

import "fmt"

// Untyped constants are exact: intermediate values far beyond 64 bits are fine as
// long as the value finally used fits its type.

const (
	huge     = 1 << 200
	back     = huge >> 195
	googol   = 1e100
	ratio    = googol / 1e98
	third    = 1.0 / 3
	mask     = 1<<64 - 1
	minInt64 = -1 << 63
	big      = 123456789012345678901234567890
	small    = big / 1000000000000000000000
	precise  = 0.1 + 0.2
	bigFloat = huge * 1.5 / (1 << 199)
)

type weekday int

const (
	sunday weekday = iota
	monday
	tuesday
	_
	thursday
	kilo  = 1 << (10 * (iota - 4))
	mega
	giga
	tera
)

func main() {
	fmt.Println(back, ratio, third)
	fmt.Println(uint64(mask), minInt64, small)
	fmt.Println(precise == 0.3, precise)
	fmt.Println(bigFloat)
	fmt.Println(sunday, monday, tuesday, thursday, kilo, mega, giga, tera)
	var f32 float32 = third
	fmt.Println(f32, float64(f32) == third)
	const shifted = huge >> 190 << 2
	fmt.Println(shifted, shifted%7)
	fmt.Println(len([huge >> 198]int{}), cap(make([]int, 0, huge>>197)))
	const r = 'a' + 1
	fmt.Println(r, string(rune(r)))
	var x uint8 = 255
	fmt.Println(x + huge>>200 - 1)
}
