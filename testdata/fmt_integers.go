// fmt verbs on integers: %d %x %X %o %b %c %q %v with widths and the - + 0 flags.
package main

import "fmt"

func main() {
	ints := []int{0, 1, -1, 42, -42, 255, 65535, -1000000, 9223372036854775807}
	for _, n := range ints {
		fmt.Printf("|%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%b|\n", n, n, n, n, n, n, n, n, n)
	}
	fmt.Printf("|%8x|%-8X|%08x|%8o|%-8b|\n", 3054, 3054, 3054, 8, 5)
	var i8 int8 = -128
	var u8 uint8 = 200
	var i16 int16 = -300
	var u16 uint16 = 60000
	var i32 int32 = -70000
	var u32 uint32 = 4000000000
	var i64 int64 = -9223372036854775808
	var u64 uint64 = 18446744073709551615
	fmt.Printf("%d %d %d %d %d %d %d %d\n", i8, u8, i16, u16, i32, u32, i64, u64)
	fmt.Printf("%x %x %x %x %x %x %x %x\n", i8, u8, i16, u16, i32, u32, i64, u64)
	fmt.Printf("%v %v %v %v\n", i8, u8, i64, u64)
	fmt.Printf("%b %o %X\n", u8, u16, u64)
	fmt.Printf("%c%c%c %c %c\n", 'G', 'o', '!', 0x4e16, 'é')
	fmt.Printf("%q %q %q %q %q\n", 'a', '\n', '\'', 0x4e16, '\x00')
	fmt.Printf("[%3c] [%-3c] [%5q]\n", 'x', 'y', 'z')
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%+5d|%-+5d|%+05d|%+d|%+d\n", 7, 7, 7, 0, -7)
	fmt.Printf("%x %X\n", -255, -255)
	fmt.Printf("%3d|%3d|%3d\n", 1, 22, 4444)
	fmt.Printf("%v %d\n", 'A', 'A')
	var r rune = 'λ'
	var b byte = 'b'
	fmt.Printf("%v %c %T %v %c %T\n", r, r, r, b, b, b)
	fmt.Printf("%010d|%-010d|%+010d\n", -42, -42, 42)
	fmt.Printf("%2d:%02d:%02d\n", 9, 5, 7)
	fmt.Printf("%t %v %5t %-6t|\n", true, false, true, false)
}
