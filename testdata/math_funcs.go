// math: Sqrt, Pi, Abs, Floor, including negative zero, infinities and NaN.
package main

import (
	"fmt"
	"math"
)

func hypot(a, b float64) float64 {
	return math.Sqrt(a*a + b*b)
}

func round2(x float64) float64 {
	return math.Floor(x*100+0.5) / 100
}

func main() {
	for _, v := range []float64{0, 1, 2, 4, 9, 10, 0.25, 1e10, 2e-10} {
		fmt.Printf("sqrt(%v) = %v\n", v, math.Sqrt(v))
	}
	fmt.Println(hypot(3, 4), hypot(5, 12), hypot(1, 1))
	fmt.Println(math.Pi, float32(math.Pi), math.Pi*2)
	fmt.Printf("%.2f %.10f %8.4f\n", math.Pi, math.Pi, math.Pi)
	for _, v := range []float64{-2.5, -0.0, 0, 3.75, -1e300} {
		fmt.Print(math.Abs(v), " ")
	}
	fmt.Println()
	for _, v := range []float64{2.7, -2.7, -0.5, 0.5, 5, -5, 1e20, -1e-20} {
		fmt.Print(math.Floor(v), " ")
	}
	fmt.Println()
	zero := 0.0
	inf := 1 / zero
	nan := zero / zero
	fmt.Println(math.Sqrt(-1), math.Sqrt(inf), math.Abs(-inf), math.Floor(inf), math.Floor(nan))
	fmt.Println(nan == nan, nan != nan, nan < 1, inf > 1e308, -inf < -1e308)
	fmt.Println(round2(3.14159), round2(2.675), round2(-1.005))
	r := 2.0
	area := math.Pi * r * r
	fmt.Printf("circle r=%.1f area=%.4f circumference=%.4f\n", r, area, 2*math.Pi*r)
	x := 2.0
	for i := 0; i < 6; i++ {
		x = (x + 2/x) / 2
	}
	fmt.Println(x, math.Sqrt(2), x == math.Sqrt(2))
	fmt.Println(int(math.Floor(-3.5)), int(math.Sqrt(1e6)))
	const c = math.Pi / 2
	fmt.Println(c)
	var f32 float32 = float32(math.Sqrt(2))
	fmt.Println(f32, math.Abs(float64(f32)-math.Sqrt(2)) < 1e-7)
}
