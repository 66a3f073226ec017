// Wrap-around of every signed integer size: +, -, *, negation, shifts and conversions.
package main

import "fmt"

func main() {
	var a8 int8 = 127
	a8++
	fmt.Println("int8 127+1 =", a8)
	a8 = -128
	a8--
	fmt.Println("int8 -128-1 =", a8)
	a8 = -128
	fmt.Println("int8 -(-128) =", -a8)
	var m8 int8 = 100
	fmt.Println("int8 100*3 =", m8*3)
	var d8 int8 = -128
	var neg1 int8 = -1
	fmt.Println("int8 -128/-1 =", d8/neg1, "rem", d8%neg1)
	fmt.Println("int8 one<<7 =", -neg1<<7, "x<<1 =", m8<<1)

	var a16 int16 = 32767
	a16 += 1
	fmt.Println("int16 32767+1 =", a16)
	a16 = 300
	fmt.Println("int16 300*300 =", a16*a16)
	var d16 int16 = -32768
	var n16 int16 = -1
	fmt.Println("int16 -32768/-1 =", d16/n16)

	var a32 int32 = 2147483647
	a32++
	fmt.Println("int32 max+1 =", a32)
	a32 = 65536
	fmt.Println("int32 65536*65536 =", a32*a32)
	a32 = 46341
	fmt.Println("int32 46341^2 =", a32*a32)
	var d32 int32 = -2147483648
	var n32 int32 = -1
	fmt.Println("int32 min/-1 =", d32/n32, -d32)

	var a64 int64 = 9223372036854775807
	a64++
	fmt.Println("int64 max+1 =", a64)
	a64 = 3037000500
	fmt.Println("int64 3037000500^2 =", a64*a64)
	var d64 int64 = -9223372036854775808
	var n64 int64 = -1
	fmt.Println("int64 min/-1 =", d64/n64, "min%-1 =", d64%n64)

	var i int = 9223372036854775807
	i += 10
	fmt.Println("int max+10 =", i)

	big := int64(1234567890123)
	fmt.Println("truncations:", int8(big), int16(big), int32(big))
	fmt.Println("from -1:", uint8(n64), uint16(n64), uint32(n64), uint64(n64))
	var acc int32 = 1
	for k := 0; k < 40; k++ {
		acc = acc*3 + 1
	}
	fmt.Println("int32 accumulate:", acc)
	var h int64 = 1469598103934665603
	for _, c := range []byte("wrap") {
		h = (h ^ int64(c)) * 1099511628211
	}
	fmt.Println("int64 hash:", h)
	var s8 int8 = -1
	fmt.Println("int8 -1>>1 =", s8>>1, "-1<<7 =", s8<<7, "-128>>7 =", d8>>7)
}
