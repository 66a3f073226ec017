package coll

import "fmt"

type Number interface{ ~int | ~float64 }

type List[T any] struct {
	items []T
	count int
}

func (l *List[T]) Push(v T) { l.items = append(l.items, v); l.count++ }

func (l *List[T]) Each(f func(int, T)) {
	for i, v := range l.items {
		f(i, v)
	}
}

func (l List[T]) String() string { return fmt.Sprint("List", l.items) }

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Ints() *List[int] {
	l := &List[int]{}
	l.Push(Sum(1, 2))
	return l
}

type Item struct{ N int }
