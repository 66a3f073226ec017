package main

// Declarations minigo does not check (generics, reported once each) still use the
// packages they name: no 'imported and not used' follows; nor do calls of them give
// errors.
//
// want 19:2: type constraint not supported yet
// want 22:6: generic type not supported yet
// want 31:6: generic function not supported yet
// want 39:6: generic function not supported yet

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
