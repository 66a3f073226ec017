package main

import "fmt"

type key struct {
	c complex64
	n int
}

type cvec []complex128

func (v cvec) sum() (s complex128) {
	for _, x := range v {
		s += x
	}
	return
}

func pairs(c complex128) (complex128, complex64, float64) {
	return c * c, complex64(c), real(c)
}

func mul64(x, y complex64) complex64 { return x * y }

// complex64 products are computed in float64 and rounded once (gc widens them).
func products64() {
	x := complex64(complex(1.0000001, 0.99999994))
	y := complex64(complex(1.0000001, 1.0000001))
	z := complex64(complex(16777215, 3))
	fmt.Println(mul64(x, x), mul64(x, y), mul64(z, z), mul64(y, z))
	var acc complex64 = 1
	for i := 0; i < 50; i++ {
		acc = mul64(acc, complex64(complex(1.1, 0.3)))
	}
	fmt.Println(acc, acc/x, x/z)
}

func main() {
	products64()
	c := 1 + 1i
	c++
	c--
	c++
	switch c {
	case 2 + 1i:
		fmt.Println("two plus i")
	case 1i:
		fmt.Println("i")
	}
	m := map[key]string{{1i, 1}: "a", {1i, 2}: "b"}
	fmt.Println(m[key{1i, 2}], len(m))
	a, b, r := pairs(3 - 1i)
	fmt.Println(a, b, r)
	ch := make(chan complex128, 2)
	go func() { ch <- c * 2; ch <- c / 2 }()
	fmt.Println(<-ch, <-ch)
	f := func(x complex64) complex64 { return x * complex(0, 1) }
	fmt.Println(f(2), cvec{1, 2i, 3}.sum())
	defer fmt.Println("deferred", c)
	arr1 := [2]complex128{1, 2}
	arr2 := [2]complex128{1, 2}
	fmt.Println(arr1 == arr2, key{1, 1} == key{1, 1}, key{1, 1} != key{1, 2})
	p := new(complex128)
	*p = 5i
	*p *= *p
	fmt.Println(*p, fmt.Sprintf("%v", []complex64{1, 2}))
	var iface interface{} = c
	if v, ok := iface.(complex128); ok {
		fmt.Println("assert", v)
	}
	if _, ok := iface.(complex64); !ok {
		fmt.Println("not complex64")
	}
	mk := map[interface{}]int{1i: 1, complex64(1i): 2, 1: 3}
	fmt.Println(mk[1i], mk[complex64(1i)], mk[1])
	s := make([]complex128, 3)
	s = append(s, 4+4i)
	copy(s, []complex128{9})
	fmt.Println(s)
	var x complex128 = 1e308 + 1e308i
	fmt.Println(x*x, x/x, x+x)
	type named complex64
	var n named = 2 + 2i
	n = n * n
	fmt.Println(n, real(n))
	fmt.Printf("%v %T\n", n, n)
}
