package main

const huge = 1e1000000i

func main() {
	var ok [complex(2, 0)]int
	var b [1i]int
	x := huge
	var y int = 1.5i
	var z int = 123456789012345678901234567890i
	const w = (1 + 2i) / 3
	var v uint8 = w
	println(ok, b, x, y, z, v)
}
