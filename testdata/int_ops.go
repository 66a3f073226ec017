// Integer arithmetic: truncated division, remainder signs, bit operations and compound assignment.
package main

import "fmt"

func main() {
	nums := []int{7, -7}
	dens := []int{2, -2, 3, -3}
	for _, n := range nums {
		for _, d := range dens {
			fmt.Printf("%d/%d=%d %d%%%d=%d\n", n, d, n/d, n, d, n%d)
		}
	}
	a, b := 0b1100, 0b1010
	fmt.Printf("and=%04b or=%04b xor=%04b andnot=%04b\n", a&b, a|b, a^b, a&^b)
	fmt.Println(^a, -a, ^-1, 0x7f, 0o17, 017, 1_000_000)
	x := 5
	x += 3
	fmt.Println(x)
	x -= 1
	fmt.Println(x)
	x *= 6
	fmt.Println(x)
	x /= 4
	fmt.Println(x)
	x %= 7
	fmt.Println(x)
	x <<= 4
	fmt.Println(x)
	x >>= 2
	fmt.Println(x)
	x &= 0xe
	fmt.Println(x)
	x |= 0x30
	fmt.Println(x)
	x ^= 0xff
	fmt.Println(x)
	x &^= 0xc0
	fmt.Println(x)
	x++
	x++
	x--
	fmt.Println(x)
	var s int = -17
	fmt.Println(s>>1, s>>4, s>>63, s<<2)
	var u uint = 17
	fmt.Println(u>>1, u<<60)
	var k uint8 = 3
	fmt.Println(1<<k, int64(1)<<(k*10), -1<<k)
	pow := 1
	for i := 0; i < 20; i++ {
		pow *= 3
	}
	fmt.Println("3^20 =", pow)
	fmt.Println(abs(-9), abs(9), minInt(3, -4), maxInt(3, -4))
	fmt.Println(popcount(0xdeadbeef), popcount(0), popcount(-1))
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

func minInt(p, q int) int {
	if p < q {
		return p
	}
	return q
}

func maxInt(p, q int) int {
	if p > q {
		return p
	}
	return q
}

func popcount(v int64) int {
	n := 0
	u := uint64(v)
	for u != 0 {
		u &= u - 1
		n++
	}
	return n
}
