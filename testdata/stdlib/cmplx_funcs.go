// math/cmplx on a table of inputs, every result printed with all its digits (%v's
// shortest form, which tells every float64 apart): gc's to the bit, under minigo too now
// that math (Exp, Log, Pow, ...) is gc's algorithms in Go. A line with 12 significant
// digits of each function comes first, as the test printed before.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	inf, nan, negZero := math.Inf(1), math.NaN(), math.Copysign(0, -1)
	parts := []float64{0, negZero, 0.3, -0.5, 1, -1, 1.5707963267948966, 2.5, -3.7, 10, 1e-10, 1e10, 1e300,
		-7e9, inf, -inf, nan}
	var inputs []complex128
	for _, re := range parts {
		for _, im := range parts {
			inputs = append(inputs, complex(re, im))
		}
	}
	inputs = append(inputs, 1.5707963+0.01i, 3.14159+1e-5i, 1e-5+1.5i, 0.9999+0.0001i, 4+3i, -4-3i, 1e200+1e200i)
	unary := []struct {
		name string
		f    func(complex128) complex128
	}{
		{"Sqrt", cmplx.Sqrt}, {"Exp", cmplx.Exp}, {"Log", cmplx.Log}, {"Log10", cmplx.Log10},
		{"Sin", cmplx.Sin}, {"Cos", cmplx.Cos}, {"Tan", cmplx.Tan}, {"Cot", cmplx.Cot},
		{"Sinh", cmplx.Sinh}, {"Cosh", cmplx.Cosh}, {"Tanh", cmplx.Tanh},
		{"Asin", cmplx.Asin}, {"Acos", cmplx.Acos}, {"Atan", cmplx.Atan},
		{"Asinh", cmplx.Asinh}, {"Acosh", cmplx.Acosh}, {"Atanh", cmplx.Atanh}, {"Conj", cmplx.Conj},
	}
	for _, x := range inputs {
		r, theta := cmplx.Polar(x)
		fmt.Println(x, cmplx.Sqrt(x), cmplx.Abs(x), cmplx.Phase(x), r, theta, cmplx.Conj(x))
		fmt.Printf("%v Abs %.12g Phase %.12g Polar %.12g %.12g IsNaN %v IsInf %v\n", x, cmplx.Abs(x), cmplx.Phase(x), r, theta,
			cmplx.IsNaN(x), cmplx.IsInf(x))
		for _, u := range unary {
			fmt.Printf(" %s %.12g", u.name, u.f(x))
		}
		fmt.Println()
		for _, u := range unary {
			fmt.Printf(" %s %v", u.name, u.f(x))
		}
		fmt.Println()
	}
	for _, x := range []complex128{0, complex(negZero, 0), 2, 1i, -1, 1 + 1i, complex(inf, 0), complex(nan, 0), 0.5 - 2i} {
		for _, y := range []complex128{0, 1, -1, 2, 0.5, 1i, -2 + 1i, complex(nan, 0), complex(0, inf), 3 - 0.5i} {
			fmt.Printf(" %v", cmplx.Pow(x, y))
		}
		fmt.Println()
	}
	for _, p := range [][2]float64{{1, 0}, {2, math.Pi / 3}, {-1, 1e10}, {0, inf}, {inf, 0}, {3, -2.5}, {1, 1e300}, {1, -7e9}} {
		fmt.Print(" ", cmplx.Rect(p[0], p[1]))
	}
	fmt.Println()
	fmt.Println(cmplx.Inf(), cmplx.NaN(), cmplx.IsNaN(cmplx.NaN()), cmplx.IsInf(cmplx.Inf()))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(cmplx.Pow(0, complex(nan, inf)))
	}()
}
