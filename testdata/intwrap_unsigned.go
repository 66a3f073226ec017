// Wrap-around of every unsigned integer size, including uint, uintptr and byte.
package main

import "fmt"

func main() {
	var a8 uint8 = 255
	a8++
	fmt.Println("uint8 255+1 =", a8)
	a8--
	fmt.Println("uint8 0-1 =", a8)
	var zero8 uint8
	fmt.Println("uint8 -0 =", -zero8, "^0 =", ^zero8)
	var one8 uint8 = 1
	fmt.Println("uint8 -1 =", -one8)
	var b byte = 200
	fmt.Println("byte 200+100 =", b+100, "200*2 =", b*2, "200<<1 =", b<<1)

	var a16 uint16 = 65535
	a16 += 2
	fmt.Println("uint16 65535+2 =", a16)
	a16 = 1000
	fmt.Println("uint16 1000*1000 =", a16*a16)

	var a32 uint32 = 4294967295
	a32++
	fmt.Println("uint32 max+1 =", a32)
	a32 = 3
	fmt.Println("uint32 3-5 =", a32-5)
	a32 = 0x80000000
	fmt.Println("uint32 0x80000000*2 =", a32*2, ">>31 =", a32>>31)

	var a64 uint64 = 18446744073709551615
	a64++
	fmt.Println("uint64 max+1 =", a64)
	a64 = 0
	a64--
	fmt.Println("uint64 0-1 =", a64, "/3 =", a64/3, "%7 =", a64%7)

	var u uint = 1
	u = u << 63
	fmt.Println("uint 1<<63 =", u, "*2 =", u*2)
	var p uintptr = 0
	p--
	fmt.Println("uintptr 0-1 =", p)

	var shift uint = 70
	var x uint32 = 1
	fmt.Println("shift >= width:", x<<shift, uint64(1)<<shift, uint8(255)>>shift)
	var sx int32 = -8
	fmt.Println("signed shift >= width:", sx>>shift, sx<<shift)

	var h uint32 = 2166136261
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv32(hello) =", h)
	var lcg uint64 = 42
	for k := 0; k < 5; k++ {
		lcg = lcg*6364136223846793005 + 1442695040888963407
		fmt.Println("lcg", lcg, uint8(lcg), uint16(lcg>>48))
	}
	fmt.Println(uint8(300&0xff), uint16(70000%65536), int8(b))
	var big uint64 = 1 << 63
	fmt.Println(int64(big), int32(uint32(big>>32)))
}
