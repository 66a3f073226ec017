// Conversions between all numeric types: truncation, sign extension, float rounding.
package main

import "fmt"

func main() {
	var i int = -1
	fmt.Println(int8(i), int16(i), int32(i), int64(i))
	fmt.Println(uint8(i), uint16(i), uint32(i), uint64(i), uint(i))
	var big int64 = 0x123456789abcdef0
	fmt.Println(int8(big), uint8(big), int16(big), uint16(big), int32(big), uint32(big))
	var u8 uint8 = 0xf0
	fmt.Println(int8(u8), int16(u8), int32(int8(u8)), uint32(int8(u8)))
	var i16 int16 = -2
	fmt.Println(uint16(i16), uint64(i16), int64(uint16(i16)))
	var f float64 = 3.99
	fmt.Println(int(f), int(-f), uint8(f), int64(f*1e9))
	var f32 float32 = float32(f)
	fmt.Println(f32, float64(f32), int32(f32))
	var n int64 = 1<<53 + 1
	fmt.Println(float64(n), float32(n), int64(float64(n)))
	fmt.Println(float64(uint64(1<<63)), float32(int8(-7)))
	var r rune = 'A'
	var b byte = byte(r + 1)
	fmt.Println(r, b, rune(b)+1, string(rune(b)))
	type Celsius float64
	type Fahrenheit float64
	c := Celsius(100)
	fh := Fahrenheit(c*9/5 + 32)
	fmt.Println(c, fh, float64(fh)-float64(c))
	type Small int8
	var s Small = Small(u8)
	fmt.Println(s, int(s)*2)
	conversions := []float64{0.5, 1.5, 2.5, -0.5, -1.5, 1e10, -1e10}
	for _, v := range conversions {
		fmt.Print(int64(v), " ", int32(int64(v)), "; ")
	}
	fmt.Println()
	var x uint32 = 3000000000
	fmt.Println(int32(x), float64(x), float32(x), int64(x))
	var y int32 = -5
	fmt.Println(uint32(y)/2, y/2, uint8(y)>>1, y>>1)
	h := 255
	fmt.Println(uintptr(255)+1, uint8(uintptr(h)+2))
	fmt.Println(byte(h+1), rune(h)*rune(h), float32(h)/2)
	fmt.Printf("%T %T %T\n", float32(1)*2, int16(3)+4, uint8(1)<<3)
}
