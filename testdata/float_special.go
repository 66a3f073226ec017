// Special float values from arithmetic: infinities, NaN, negative zero, overflow and comparisons.
package main

import "fmt"

func main() {
	zero := 0.0
	posInf := 1 / zero
	negInf := -1 / zero
	nan := zero / zero
	negZero := -zero
	fmt.Println(posInf, negInf, nan, negZero, zero)
	fmt.Println(posInf+1, posInf-posInf, posInf*0, negInf*negInf, 1/posInf, -1/posInf)
	fmt.Println(nan == nan, nan != nan, nan < 0, nan > 0, nan == 0)
	fmt.Println(negZero == zero, 1/negZero, 1/zero)
	fmt.Println(posInf > 1e308, negInf < -1e308, posInf == posInf)
	big := 1e308
	fmt.Println(big*10, -big*10, big+big)
	small := 5e-324
	fmt.Println(small/2, small*0.5, -small/2)
	var f32 float32 = 3e38
	fmt.Println(f32*10, f32*f32, float32(big))
	var tiny32 float32 = 1e-45
	fmt.Println(tiny32, tiny32/2)
	values := []float64{posInf, negInf, nan, negZero, 1.5}
	for _, v := range values {
		fmt.Printf("[%v %5.1f %e %g %+v %08.2f]\n", v, v, v, v, v, v)
	}
	count := 0
	for _, v := range values {
		if v != v {
			count++
		}
	}
	fmt.Println("NaNs:", count)
	m := negInf
	for _, v := range []float64{3, -1, 7.5, 2} {
		if v > m {
			m = v
		}
	}
	fmt.Println("max:", m)
	f := 1.0
	n := 0
	for f+1 != f {
		f *= 2
		n++
	}
	fmt.Println("2^53 reached after", n, "doublings:", f)
	x := 0.1
	sum := 0.0
	for i := 0; i < 1000; i++ {
		sum += x
	}
	fmt.Println(sum, sum == 100, int(sum))
}
