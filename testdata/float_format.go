// Floating-point formatting: shortest %v, %e, %f, %g, special values and float32.
package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	values := []float64{
		0, 1, -1, 3.14, 0.1, 100, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456789, 1234567890123,
		2.5e-8, 1.0 / 3, 2.0 / 3, 1e100, 5e-324, 1.7976931348623157e308,
		math.Pi, 1 / zero, -1 / zero, zero / zero, -zero, 100.5, 0.000001, 12345678.9,
	}
	for _, v := range values {
		fmt.Printf("%v|%e|%f|%g|%.2f|%.3e|%.3g|", v, v, v, v, v, v, v)
		fmt.Println(v)
	}
	inf, nan := 1/zero, zero/zero
	f32s := []float32{0.1, 1.0 / 3, 16777216, 3.4028235e38, 1e-45, 2.5, 1e21, 1e20}
	for _, v := range f32s {
		fmt.Printf("%v %g %e %.3f\n", v, v, v, v)
	}
	fmt.Println(fmt.Sprint(1e21), fmt.Sprint(float32(1e21)), fmt.Sprint(1e20))
	fmt.Printf("[%8.2f] [%-8.2f] [%08.2f] [%+.1f] [%+8.1e]\n", 3.14159, 3.14159, -3.14159, 2.0, 12345.678)
	fmt.Printf("[%10v] [%-10v] [%5.1f] [%5.0f] [%.0f] [%.0f] [%.0f]\n", 1.5, 2.25, 99.95, 0.5, 1.5, 2.5, -0.4)
	fmt.Printf("[%f] [%e] [%g] [%v]\n", inf, -inf, nan, -inf)
	fmt.Printf("[%8v] [%-8v] [%08v] [%+v]\n", inf, nan, -inf, inf)
	fmt.Printf("%g %g %g %g\n", 1e-7, 123456.0, 1234567.0, 0.0001)
	fmt.Printf("%.1g %.2g %.10g\n", 0.15, 1234.0, math.Pi)
	fmt.Printf("%6.3v|%.4v|%v\n", math.Pi, 1234.5678, float32(math.Pi))
	fmt.Println(1.7976931348623157e308, 4.9406564584124654e-324)
	fmt.Println(float32(0.1)+float32(0.2), 0.1+0.2)
	fmt.Println(-0.0, math.Floor(-0.5), 1/(-inf))
}
