// A radix-2 FFT and its inverse on complex128 slices, with math/cmplx's Rect for
// the twiddle factors; a convolution of two integer sequences through it.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func fft(a []complex128, invert bool) []complex128 {
	n := len(a)
	if n == 1 {
		return []complex128{a[0]}
	}
	even := make([]complex128, n/2)
	odd := make([]complex128, n/2)
	for i := 0; i < n/2; i++ {
		even[i] = a[2*i]
		odd[i] = a[2*i+1]
	}
	e, o := fft(even, invert), fft(odd, invert)
	sign := -1.0
	if invert {
		sign = 1
	}
	out := make([]complex128, n)
	for k := 0; k < n/2; k++ {
		w := cmplx.Rect(1, sign*2*math.Pi*float64(k)/float64(n))
		out[k] = e[k] + w*o[k]
		out[k+n/2] = e[k] - w*o[k]
	}
	return out
}

func convolve(x, y []int) []int {
	n := 1
	for n < len(x)+len(y) {
		n *= 2
	}
	a := make([]complex128, n)
	b := make([]complex128, n)
	for i, v := range x {
		a[i] = complex(float64(v), 0)
	}
	for i, v := range y {
		b[i] = complex(float64(v), 0)
	}
	fa, fb := fft(a, false), fft(b, false)
	for i := range fa {
		fa[i] *= fb[i]
	}
	back := fft(fa, true)
	result := make([]int, len(x)+len(y)-1)
	for i := range result {
		result[i] = int(math.Floor(real(back[i])/float64(n) + 0.5))
	}
	return result
}

func main() {
	signal := []complex128{1, 2, 3, 4, 0, -1, 2i, 1 - 1i}
	spectrum := fft(signal, false)
	for k, c := range spectrum {
		fmt.Printf("%d %v %.6f |%.3f|\n", k, c, c, cmplx.Abs(c))
	}
	back := fft(spectrum, true)
	for i := range back {
		back[i] /= complex(float64(len(back)), 0)
	}
	fmt.Printf("%.9f\n", back)
	fmt.Println(convolve([]int{1, 2, 3, 4, 5}, []int{6, 7, 8}))
	var digits []int
	for i := 0; i < 200; i++ {
		digits = append(digits, (i*7+3)%10)
	}
	product := convolve(digits, digits)
	sum := 0
	for i, v := range product {
		sum += v * (i%13 + 1)
	}
	fmt.Println(len(product), sum, product[:10])
}
