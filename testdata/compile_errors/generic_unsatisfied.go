package main

import "fmt"

type Num interface{ ~int | ~float64 }

func Sum[T Num](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Show[T fmt.Stringer](x T) string { return x.String() }

type MyInt int

func main() {
	fmt.Println(Sum([]string{"a"}))
	fmt.Println(Sum([]MyInt{1}))
	fmt.Println(Show(3))
	fmt.Println(Sum[bool](nil))
}
