package main

func main() {
	const s = complex(2, 0) << 1
	var a [5]int
	_ = a[complex(1, 0)]
	_ = string(1i)
	c := 1i
	switch c {
	case 1i:
	case 0 + 1i:
	}
	_ = c % c
	_ = c & 1
	var n int = 3
	_ = c + n
	_ = 1i << n
	println(s)
	_ = a[1i]
	const z = 1 / (0i)
	var f32 float32
	_ = complex(f32, 1e300)
	_ = c > 0
}
