package main

// Untyped constants keep go/constant's precision: exact fractions while small,
// 512-bit mantissas beyond (squaring a float 24 times must not take forever).

import "fmt"

const c0 = 1.0000001
const c1 = c0 * c0
const c2 = c1 * c1
const c3 = c2 * c2
const c4 = c3 * c3
const c5 = c4 * c4
const c6 = c5 * c5
const c7 = c6 * c6
const c8 = c7 * c7
const c9 = c8 * c8
const c10 = c9 * c9
const c11 = c10 * c10
const c12 = c11 * c11
const c13 = c12 * c12
const c14 = c13 * c13
const c15 = c14 * c14
const c16 = c15 * c15
const c17 = c16 * c16
const c18 = c17 * c17
const c19 = c18 * c18
const c20 = c19 * c19
const c21 = c20 * c20
const c22 = c21 * c21
const c23 = c22 * c22
const c24 = c23 * c23

const third = 1.0 / 3
const big = 1e300 * 1e300 * 1e300
const d0 = 10.0
const d1 = d0 * d0
const d2 = d1 * d1
const d3 = d2 * d2
const d4 = d3 * d3
const d5 = d4 * d4
const d6 = d5 * d5
const d7 = d6 * d6
const d8 = d7 * d7
const d9 = d8 * d8
const d10 = d9 * d9
const d11 = d10 * d10
const d12 = d11 * d11
const d13 = d12 * d12
const d14 = d13 * d13
const d15 = d14 * d14
const d16 = d15 * d15
const d17 = d16 * d16
const d18 = d17 * d17

func main() {
	fmt.Println(c24, float32(c24), third*3 == 1, big/1e800)
	fmt.Println(d18/d18, d17/d16/d16 == d17/d17, 1/d18*d18)
	fmt.Println(c24*c24*c24*c24*c24*c24*c24*c24*c24*c24 / c24)
	const e = 2.718281828459045235360287471352662497757247093699959574966967627724076630353547594571382178525166427
	fmt.Println(e * e * e, 1/e)
	const tiny = 1 / d18
	fmt.Println(tiny*d18, tiny > 0, float64(tiny*d17*d17))
}
