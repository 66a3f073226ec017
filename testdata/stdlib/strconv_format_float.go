// strconv.FormatFloat/AppendFloat: every format and precision on chosen values (zeros, denormals,
// powers of two and ten, halfway cases, extremes), then random bit patterns as float64 and
// float32, summarised per format; and the panic for a bad bit size.
package main

import (
	"fmt"
	"math"
	"strconv"
)

var seed uint64 = 0x853C49E6748FEA9B

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

type hasher struct{ h uint64 }

func (h *hasher) add(s string) {
	for i := 0; i < len(s); i++ {
		h.h = h.h*1099511628211 ^ uint64(s[i])
	}
	h.h = h.h*1099511628211 ^ 0x1f
}

func main() {
	values := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.5, 1.5, 2.5, 0.125, 1e21, 1e20, 123456789,
		1234567.0, 100000, 1e6, 1e-4, 1e-5, 0.000123, 3.141592653589793, 2.718281828459045, 1.0 / 3,
		math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32,
		2.2250738585072014e-308, 2.225073858507201e-308, 5e-324, 1 << 53, 1<<53 + 2, 9007199254740993,
		0.3, 0.7, 1e23, 8.41e21, 5e22, 4.35e-5, 1.05, 0.005, 2.675, 1e100, 1e-100, 123.456, -0.000001,
		math.Inf(1), math.Inf(-1), math.NaN(), 1.7976931348623157e308, 4.9406564584124654e-324,
		float64(float32(0.1)), float64(float32(16777217)), 33554430}
	formats := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X', 'z'}
	for _, v := range values {
		fmt.Printf("%v:", v)
		for _, f := range formats {
			for _, prec := range []int{-1, 0, 1, 3, 6, 17, 30} {
				fmt.Print(" ", strconv.FormatFloat(v, f, prec, 64))
			}
		}
		fmt.Println()
		fmt.Print("  32:")
		for _, f := range formats {
			for _, prec := range []int{-1, 0, 2, 9} {
				fmt.Print(" ", strconv.FormatFloat(v, f, prec, 32))
			}
		}
		fmt.Println()
	}
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', 400, 64))
	fmt.Println(strconv.FormatFloat(5e-324, 'e', 800, 64))
	fmt.Println(string(strconv.AppendFloat([]byte("x="), 0.1, 'g', -1, 64)))
	for _, f := range formats {
		var h64, h32 hasher
		for i := 0; i < 4000; i++ {
			bits := next()
			v := math.Float64frombits(bits)
			if i%3 == 0 {
				// Also values with few significant bits, where rounding ties happen.
				v = float64(int64(bits>>40)) / float64(uint64(1)<<(bits%60))
			}
			prec := int(bits%25) - 1
			h64.add(strconv.FormatFloat(v, f, prec, 64))
			h64.add(strconv.FormatFloat(v, f, -1, 64))
			w := float64(math.Float32frombits(uint32(bits >> 7)))
			h32.add(strconv.FormatFloat(w, f, prec, 32))
			h32.add(strconv.FormatFloat(w, f, -1, 32))
		}
		fmt.Printf("%c %d %d\n", f, h64.h, h32.h)
	}
	for _, size := range []int{0, 16, 128} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			strconv.FormatFloat(1, 'g', -1, size)
		}()
	}
}
