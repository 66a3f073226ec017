// Untyped constants are exact: huge integers and precise rationals fold before any conversion.
package main

import "fmt"

const (
	Huge     = 1 << 100
	Huger    = Huge * Huge
	Back     = Huger >> 195
	Tiny     = 1.0 / Huge
	Third    = 1.0 / 3
	Exact    = Third * 3
	MaxU64   = 1<<64 - 1
	MinI64   = -1 << 63
	Googol   = 1e100
	Ratio    = Googol / 1e98
	Mixed    = Huge/(1<<90) + 0.5
	NegShift = -Huge >> 99
	BigRune  = 'a' + 1<<20 - 1<<20
)

func main() {
	fmt.Println(Huge >> 98)
	fmt.Println(Back)
	fmt.Println(Tiny * Huge)
	fmt.Println(Exact == 1, Exact)
	var u uint64 = MaxU64
	fmt.Println(u)
	var i int64 = MinI64
	fmt.Println(i)
	fmt.Println(Ratio)
	fmt.Println(Mixed)
	fmt.Println(NegShift)
	fmt.Println(BigRune, string(rune(BigRune)))
	fmt.Println(Huge % 1000000007)
	fmt.Println((Huge - 1) % 10)
	fmt.Println(Googol > Huge)
	const big = 123456789012345678901234567890
	fmt.Println(big / 1000000000000000000000 % 1000000000)
	fmt.Println(big % 1000000007)
	var f float64 = big
	fmt.Println(f)
	const f1 = 0.1
	const f2 = 0.2
	fmt.Println(f1+f2 == 0.3)
	var v1, v2 = 0.1, 0.2
	fmt.Println(v1+v2 == 0.3, v1+v2)
	const quotient = 7 / 2
	const fquotient = 7 / 2.
	fmt.Println(quotient, fquotient)
	fmt.Println(MaxU64/3, uint32(MaxU64>>32))
	const c1 = 1 << 62
	fmt.Println(c1*4/8, int64(c1*4/16))
	fmt.Printf("%T %T %T\n", Huge>>98, Third, BigRune)
	fmt.Println(^0, ^1, -(-5), +7)
	const shifted = 1 << 10 >> 3 << 2
	fmt.Println(shifted)
	var small int8 = Huge >> 94
	fmt.Println(small)
	fmt.Println(1e3, 1e6, 2.5e-3)
	const exp = 1e21
	fmt.Println(exp, exp/10)
	var n int = 1e9
	fmt.Println(n)
}
