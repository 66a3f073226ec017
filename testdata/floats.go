// float32 and float64 arithmetic, precision differences and conversions to and from integers.
package main

import "fmt"

func main() {
	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println(f32, f64, float64(f32))
	fmt.Println(f32*3, f64*3)
	var sum32 float32
	var sum64 float64
	for i := 0; i < 10; i++ {
		sum32 += 0.1
		sum64 += 0.1
	}
	fmt.Println(sum32, sum64, sum32 == 1, sum64 == 1)
	fmt.Println(1.0/3.0, float32(1.0)/3)
	x := 7.9
	y := -7.9
	fmt.Println(int(x), int(y), int64(x*10), uint8(x))
	fmt.Println(float64(7)/2, float32(7)/2, 7/2)
	big := 16777217
	fmt.Println(float32(big), float64(big))
	var i64 int64 = 9007199254740993
	fmt.Println(float64(i64), int64(float64(i64)))
	fmt.Println(2.5e10, 1e-7, 123456789.0, 0.000123)
	fmt.Println(float32(2.5e10), float32(1e-7), float32(123456789.0))
	a, b := 3.0, 4.0
	fmt.Println(a*a+b*b, (a+b)/2, a-b, -a)
	var f float64 = 1
	for i := 0; i < 60; i++ {
		f *= 2
	}
	fmt.Println(f, uint64(f))
	fmt.Println(0.1+0.2, 0.3, 0.1+0.2 > 0.3)
	h := 0.5
	h += 0.25
	h *= 4
	h /= 3
	h -= 0.5
	fmt.Println(h)
	var c float32 = 16777216
	c++
	fmt.Println(c, c+2)
	var huge32 float32 = 3.4e38
	fmt.Println(huge32*10, -huge32*10, huge32*10-huge32*10)
	fmt.Printf("%.20f\n", 0.1)
	fmt.Printf("%.10f %.10f\n", f32, float64(f32))
	z := 0.0
	fmt.Println(-z, z*-1, 1/(z*-1) < 0)
}
