package main

func main() {
	c := 1 + 2i
	_ = complex(float32(1), float64(2))
	_ = real("x")
	_ = int(1 + 1i)
	_ = float64(c)
	_ = c << 1
	_ = uint(complex(1.5, 0))
	_ = complex(1i, 2)
	_ = imag(3)
	_ = complex(c, c)
	var n int = 2
	_ = real(n)
}
