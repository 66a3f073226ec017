package main

import "fmt"

const (
	i                    = 1i
	big                  = 1e300i * 1e300i // -1e600, exact as an untyped constant
	back                 = big / 1e598     // -100
	quotient             = (1 + 2i) * (3 - 1i) / 2i
	third                = 1.0 / 3i
	hexImag              = 0x10i
	octal                = 0o17i
	legacy               = 17i // decimal 17i, not octal
	under                = 1_000.5e-3i
	mixed                = 'a' + 2.5 + 3i
	typed64   complex64  = 1.1 + 2.2i
	typed128  complex128 = 1.1 + 2.2i
	realPart             = real(quotient)
	imagPart             = imag(quotient)
	fromInt              = complex(3, 4)
	fromTyped            = complex(float32(0.1), 0.2)
	rounded   float32    = real(typed64)
	intFrom   int8       = complex(100, 0)
	intReal   int        = real(7 + 0i)
	truthy               = quotient == 2.5-2.5i
	falsy                = i != 1i
)

func main() {
	fmt.Println(i, back, quotient, third)
	fmt.Println(hexImag, octal, legacy, under, mixed)
	fmt.Println(typed64, typed128, complex128(typed64) == typed128)
	fmt.Println(realPart, imagPart, fromInt, fromTyped, rounded, intFrom, intReal, truthy, falsy)
	fmt.Printf("%T %T %T %T %T\n", realPart, fromInt, fromTyped, rounded, imag(fromTyped))
	var f float64 = imag(1 + 5i)
	var n uint = real(8 + 0i)
	var c64 complex64 = 1e38 + 1e38i
	var x complex128 = 3
	x = x*2 + 1
	println(f, n, c64, x, real(3), imag(2))
	println(i*i == -1, real(big) < 0, -quotient)
	fmt.Println(1e-320i, complex64(1e-46i), 1/3i+1/3.0, 2.5e3i, .5i, 1e+2i)
	var arr = [...]complex64{2: 1i, 4: 2}
	fmt.Println(arr, len(arr), arr[complex(1, 0)], arr[real(2+1i)])
	var sized [complex(2, 0)]int
	s := make([]int, 2+0i, 3.0+0i)
	const k = iota * 1i
	fmt.Println(len(sized), len(s), cap(s), k, 1i == 1.0, 1 == 1+0i)
	const shifted = complex(2, 0) << 3 // an untyped constant of integral value shifts as an int
	fmt.Printf("%T %v\n", shifted, shifted)
	switch 1i {
	case 1i, 0 + 1i: // complex cases are not checked for duplicates (go/types)
		fmt.Println("case 1i")
	}
}
