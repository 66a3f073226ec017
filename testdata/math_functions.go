package main

import (
	"fmt"
	"math"
)

// Every function of package math that minigo supplies, on ordinary and special values
// (NaN, ±Inf, ±0): the results, signs of zeros included, must be Go's.

var (
	nan    = math.NaN()
	posInf = math.Inf(1)
	negInf = math.Inf(-1)
	negZ   = math.Copysign(0, -1)
)

var specials = []float64{0, negZ, 1, -1, 0.5, -0.5, 2, -2.5, 3, 1e300, -1e-300, posInf, negInf, nan}

// Exponents for Pow: every special, and fractional ones only where the power is exact
// (Go's own algorithm and a correctly rounded pow may differ in the last bit elsewhere).
var exponents = []float64{0, negZ, 1, -1, 0.5, -0.5, 2, -2, 1.5, -1.5, 3, 1e300, -1e-300, posInf, negInf, nan}

func show(name string, f func(float64) float64) {
	fmt.Print(name, ":")
	for _, x := range specials {
		fmt.Print(" ", f(x))
	}
	fmt.Println()
}

func show2(name string, f func(float64, float64) float64) {
	table(name, f, specials, specials)
}

func table(name string, f func(float64, float64) float64, xs, ys []float64) {
	fmt.Println(name + ":")
	for _, x := range xs {
		fmt.Print(" ", x, "|")
		for _, y := range ys {
			fmt.Print(" ", f(x, y))
		}
		fmt.Println()
	}
}

func signs(name string, f func(float64, float64) float64) {
	fmt.Println(name, "zero signs:", signbit(f(0, negZ)), signbit(f(negZ, 0)),
		signbit(f(negZ, negZ)), signbit(f(0, 0)))
}

func main() {
	show("Sqrt", math.Sqrt)
	show("Abs", math.Abs)
	show("Floor", math.Floor)
	show("Ceil", math.Ceil)
	show("Trunc", math.Trunc)
	show2("Max", math.Max)
	show2("Min", math.Min)
	show2("Copysign", math.Copysign)
	show2("Mod", math.Mod)
	table("Pow", math.Pow, []float64{0, negZ, 1, -1, 0.25, -0.5, 4, -8, 1e300, -1e-300, posInf, negInf, nan}, exponents)
	signs("Max", math.Max)
	signs("Min", math.Min)
	fmt.Println(signbit(math.Trunc(-0.5)), signbit(math.Ceil(-0.5)), signbit(math.Floor(negZ)))
	fmt.Println(signbit(math.Mod(-3, 3)), math.Mod(7.5, 2), math.Mod(-7.5, 2), math.Mod(7.5, -2))
	fmt.Println(math.Pow(2, 10), math.Pow(2, -3), math.Pow(-2, 3), math.Pow(10, 15), math.Pow(4, 0.5), math.Pow(9, -0.5), math.Pow(2, 0.5), math.Pow(3, -0.5), math.Pow(1.5, 4))
	fmt.Println(math.Inf(0), math.Inf(-5), math.IsInf(posInf, 1), math.IsInf(negInf, 1), math.IsInf(negInf, 0))
	fmt.Println(math.IsNaN(nan), math.IsNaN(posInf), math.IsInf(nan, 0))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MinInt32, math.MaxUint32, math.MaxInt)
	fmt.Println(math.Pi, math.E, math.MaxFloat64, math.SmallestNonzeroFloat64)
	var f32 float32 = 2.25
	fmt.Println(math.Sqrt(float64(f32)), math.Floor(-f64(f32)))
	x := 3.7
	fmt.Println(math.Max(x, 1), math.Min(x, 1), math.Trunc(-x), math.Copysign(x, -1), math.Mod(x, 1.5), math.Pow(x, 2))
}

func f64(f float32) float64 { return float64(f) }

// signbit reports a negative sign, zeros and infinities included (math.Signbit is
// not among the functions minigo supplies yet).
func signbit(x float64) bool { return 1/x < 0 || x < 0 }
