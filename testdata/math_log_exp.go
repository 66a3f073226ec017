// math.Log and math.Exp: special values, exact cases, and ordinary values (printed to 15
// significant digits: Go's own algorithms and the C library's may differ in the last bit).
// Not covered: gc's amd64 Exp gives +Inf from about 709.7 up to the true overflow at 709.78,
// where the C library (so minigo) gives finite values, and gc's Log of subnormals is off
// (Log(5e-324) is -709.09 instead of -744.44).
package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	for _, x := range []float64{0, math.Copysign(0, -1), 1, -1, inf, -inf, math.NaN(), math.E} {
		fmt.Println("Log", x, math.Log(x))
	}
	for _, x := range []float64{0, 1, -inf, inf, math.NaN(), 710, -746, -1000, 1000} {
		fmt.Println("Exp", x, math.Exp(x))
	}
	for _, x := range []float64{0.5, 2, 10, 1e-300, 1e300, 123.456, 1.7976931348623157e308} {
		fmt.Printf("Log %g %.15g\n", x, math.Log(x))
	}
	for _, x := range []float64{0.5, -0.5, 2, -2, 10, 88.7, -700, 700, 1e-10} {
		fmt.Printf("Exp %g %.15g\n", x, math.Exp(x))
	}
	var f func(float64) float64 = math.Log
	g := math.Exp
	fmt.Printf("round trip %.12g %.12g\n", g(f(42)), f(g(3)))
}
