package main

import "fmt"

// switch with init statements, and shifts by signed and unsigned counts of every
// width, including counts at and past the operand's width.

func grade(score int) string {
	switch s := score / 10; {
	case s >= 9:
		return "A"
	case s >= 8:
		return "B"
	default:
		return fmt.Sprint("C(", s, ")")
	}
}

func kind(values []int) string {
	switch n := len(values); n {
	case 0:
		return "empty"
	case 1, 2:
		return "small"
	}
	return "large"
}

func main() {
	fmt.Println(grade(95), grade(81), grade(42))
	fmt.Println(kind(nil), kind([]int{1}), kind(make([]int, 10)))

	switch x, y := 3, 4; {
	case x*x+y*y == 25:
		fmt.Println("right triangle")
		fallthrough
	case x > 100:
		fmt.Println("fell through")
	default:
		fmt.Println("default")
	}

	switch v := 7; v % 3 {
	case 0:
		fmt.Println("divisible")
	case 1:
		fmt.Println("remainder one")
	}

	var one int64 = 1
	var u8 uint8 = 200
	var i8 int8 = -128
	var counts = []int{0, 1, 7, 8, 31, 63, 64, 65, 200}
	for _, n := range counts {
		fmt.Println(n, one<<n, one<<uint(n)>>1, u8>>n, u8<<n, i8>>n, int32(-1)<<n)
	}
	var c8 uint8 = 3
	var c16 int16 = 4
	var c32 uint32 = 70
	var c64 uint64 = 1 << 40
	fmt.Println(1<<c8, 1<<c16, uint64(1)<<c32, 12345>>c64, -12345>>c64)
	x := 0xF0F0
	x >>= c8
	x <<= c16
	fmt.Println(x)
	var big uint64 = 1<<64 - 1
	fmt.Println(big>>63, big>>64, int64(-1)>>100)
}
