package main

// Generic functions and types: a constraint union, a generic struct with value and
// pointer methods, explicit and inferred instantiation, a generic type as a field,
// comparison of instances, and generic bodies that use imported packages.

import (
	"errors"
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~float64
}

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p Pair[K, V]) String() string { return fmt.Sprint(p.k, strconv.Itoa(1)) }

func (p *Pair[K, V]) Set(v V) { p.v = v }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(errors.New("must"))
	}
	return v
}

type Holder struct{ p Pair[string, int] }

func main() {
	fmt.Println(Sum([]int{1, 2}), Sum[float64]([]float64{1.5}))
	p := Pair[string, int]{"a", 1}
	p.Set(2)
	var h Holder
	fmt.Println(p, p.k, p.v == 2, h.p.k == "", h.p == p)
	fmt.Println(Must(fmt.Println("x")) + 1)
}
