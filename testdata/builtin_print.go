// The print and println builtins write to stderr in the runtime's own formats.
package main

import "fmt"

type Level int

func main() {
	fmt.Println("stdout first")
	println("hello", "stderr")
	println(1, -2, 300000000000)
	println(true, false)
	println(3.5, -0.25, 1e100, 0.0)
	var f32 float32 = 1.5
	println(f32)
	var u8 uint8 = 255
	var i8 int8 = -128
	var u64 uint64 = 18446744073709551615
	println(u8, i8, u64)
	var r rune = 'A'
	var b byte = 'z'
	println(r, b)
	println()
	println("")
	print("no", "spaces", 1, 2, "\n")
	print(1, 2, 3, "\n")
	print("mixed ", true, " ", 42, "\n")
	var l Level = 3
	println(l)
	s := "concat" + "enated"
	println(s, len(s))
	zero := 0.0
	println(1/zero, -1/zero, zero/zero)
	println(1e21, 1e-7, 123456789.0)
	fmt.Println("stdout last")
}
