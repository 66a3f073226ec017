package main

import "fmt"

// Parameter names are in scope only in the function body: the signature's types are
// resolved outside it, and inside the body the parameters hide the outer names.

type T int

const n = 2

func typeOutside(T string, x T) T { return x + T } // x and the result: the package's T

func typeInside(T string) {
	var y T
	_ = y
}

func arrayLength(n int) [n]int { return [n]int{} }

func undefinedType(U string, x U) {}

func packageHidden(fmt int) {
	fmt.Println(fmt)
}

func (T T) method(x T) T { return T + x }

func duplicate(a int, a string) {}

func main() {
	f := func(T string, x T) {}
	_ = f
}
