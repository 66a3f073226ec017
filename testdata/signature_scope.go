package main

import "fmt"

// The names in a signature resolve outside the function: a parameter named like a type
// or a package hides it only in the body.

type T int

const n = 3

type S struct{ v int }

func (s S) String() string { return fmt.Sprint("S", s.v) }

func f(T string, x T) string { return T + fmt.Sprint(x*2) }

func g(fmt int) fmt.Stringer { return S{fmt} }

func h(n int) [n]int {
	var a [3]int
	a[n] = n
	return a
}

func (T T) twice(x T) T { return T + x }

func main() {
	fmt.Println(f("a", 3))
	fmt.Println(g(4).String())
	fmt.Println(h(1), T(5).twice(2))
	lit := func(T string, x T, S S) (T, string) { return x + 1, T + S.String() }
	fmt.Println(lit("b", 7, S{8}))
}
