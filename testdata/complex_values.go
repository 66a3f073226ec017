package main

import (
	"fmt"
	"math"
)

type pair struct {
	a complex64
	b complex128
}

type shape interface{ area() complex128 }

type sq complex128

func (s sq) area() complex128 { return complex128(s) * complex128(s) }

func div(x, y complex128) complex128 { return x / y }

func div64(x, y complex64) complex64 { return x / y }

var global = [3]complex128{1, 2i, 3 + 3i}
var gp = pair{1 + 1i, -2i}

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	negz := math.Copysign(0, -1)
	values := []complex128{0, complex(negz, 0), complex(0, negz), 1, 1i, -1 - 1i, complex(inf, 0), complex(0, inf),
		complex(inf, inf), complex(-inf, 1), complex(nan, 0), complex(1, nan), complex(nan, nan),
		complex(1e308, 1e308), complex(1e-308, 3), complex(5, 1e-320)}
	for _, x := range values {
		for _, y := range values {
			println(x, "/", y, "=", div(x, y), x*y, x+y, x-y, x == y, x != y)
		}
	}
	for _, x := range values {
		fmt.Println(x, complex64(x), div64(complex64(x), 3+4i), -x)
		fmt.Printf("%v %g %e %f %.2f %+v %12.3f| %-20v| %.3e %G %E %x\n", x, x, x, x, x, x, x, x, x, x, x, x)
	}
	m := map[complex128]int{}
	m[complex(negz, 0)] = 1
	m[0] = 2
	m[complex(nan, 0)] = 3
	m[complex(nan, 0)] = 4
	m[1i] = 5
	fmt.Println(len(m), m[0], m[1i], m[complex(nan, 0)])
	m64 := map[complex64]string{1: "one", 1i: "i"}
	fmt.Println(m64)
	var anys []interface{} = []interface{}{1 + 2i, complex64(3), sq(2i), pair{1, 2}, global}
	for _, a := range anys {
		switch v := a.(type) {
		case complex128:
			fmt.Println("complex128", v, real(v))
		case complex64:
			fmt.Println("complex64", v, imag(v))
		case shape:
			fmt.Println("shape", v.area())
		default:
			fmt.Printf("%T %v %+v\n", v, v, v)
		}
	}
	var i1, i2 interface{} = 1 + 2i, 1 + 2i
	fmt.Println(i1 == i2, i1 == interface{}(complex64(1+2i)), gp == pair{1 + 1i, -2i}, global)
	var z complex128
	var zs [2]complex64
	fmt.Println(z, zs, gp)
	k := 3.0
	c := complex(k, -k)
	c += 1
	c *= 2i
	c /= 1 - 1i
	c -= complex(0, k)
	fmt.Println(c, real(c), imag(c))
	var f32 float32 = 1.5
	c64 := complex(f32, f32*2)
	fmt.Println(c64, complex128(c64), complex64(complex128(c64)*1e300))
	fmt.Printf("%T %T %T\n", c64, 1i, real(c64))
	s := fmt.Sprint(1i, 2i, "x", 3i)
	fmt.Println(s, fmt.Sprintf("%8.2v|%-8.1f|%08.2f|% .1f", 1+1i, 2-2i, 3+3i, 4+4i))
	fmt.Printf("%d\n", 1+1i)
	print(1i, "\n")
}
