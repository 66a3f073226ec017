package main

const big = 1e300i * 1e300i

func main() {
	c := 1 + 2i
	d := 3i
	println(c < d)
	var x int = 1i
	var f float64 = 2i
	var g complex64 = 1e40
	var s float32 = imag(c)
	var u = complex(1, "a")
	var v = 1 % 2i
	println(x, f, g, s, u, v, big)
	println(real(1i) / 0)
}
