package main

import "fmt"

// A method whose result instantiates its own type with swapped, growing arguments.

type Pair[K any, V any] struct {
	k K
	v V
}

func (p Pair[A, B]) Swap() Pair[B, *A] { return Pair[B, *A]{p.v, &p.k} }

func main() {
	fmt.Println(Pair[int, string]{1, "a"}.Swap())
}
