package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	values := []complex128{0, 1 + 2i, -1.5 - 0.25i, complex(math.Inf(1), math.Inf(-1)),
		complex(math.NaN(), 1), complex(0, math.Copysign(0, -1)), 1e300 + 1e-300i, 1.0 / 3i}
	for _, c := range values {
		for _, f := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'} {
			for _, prec := range []int{-1, 0, 3} {
				fmt.Print(strconv.FormatComplex(c, f, prec, 128), " ", strconv.FormatComplex(c, f, prec, 64), " ")
			}
		}
		fmt.Println()
	}
	inputs := []string{"0", "1", "1i", "i", "(1+2i)", "1+2i", "-1-2i", "+1+2i", "1e3-4.5e-2i", "(3)",
		"NaN", "NaN+NaNi", "+Inf-Infi", "inf+infinityi", "-Infi", "1++2i", "1+-2i", "1+2", "1+2j",
		"(1+2i", "1+2i)", "", "()", "0x1p3+0x2p-1i", "1_000+2_0i", "1e400+1i", "1+1e400i",
		"1e40+1i", "3.4e38i", "1e-400+1e-400i", " 1+2i", "1+2i ", "+i", "-i", "2ii", "1e+3i", "1e+3"}
	for _, s := range inputs {
		c, err := strconv.ParseComplex(s, 128)
		c64, err64 := strconv.ParseComplex(s, 64)
		fmt.Printf("%q: %v %v | %v %v\n", s, c, err, c64, err64)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strconv.FormatComplex(1, 'g', -1, 32)
	}()
}
