package main

import "fmt"

type Number interface {
	int64 | float64
}

func SumIntsOrFloats[K comparable, V int64 | float64](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

func SumNumbers[K comparable, V Number](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

type Vector[T interface{ ~float32 | ~float64 }] []T

func (v Vector[T]) Dot(w Vector[T]) T {
	var s T
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func Ptrs[T any, P interface{ *T }](xs []T) []P {
	out := make([]P, len(xs))
	for i := range xs {
		out[i] = P(&xs[i])
	}
	return out
}

func Swap[T any](a, b *T) { *a, *b = *b, *a }

func Fill[T any, S ~[]T](s S, v T) S {
	for i := range s {
		s[i] = v
	}
	return s
}

type Matrix [][]float64

func Len[T ~string | ~[]byte](s T) int { return len(s) }

func Index[T ~[]E, E comparable](s T, e E) int {
	for i, v := range s {
		if v == e {
			return i
		}
	}
	return -1
}

func main() {
	ints := map[string]int64{"first": 34, "second": 12}
	floats := map[string]float64{"first": 35.98, "second": 26.99}
	fmt.Printf("Generic Sums: %v and %v\n", SumIntsOrFloats[string, int64](ints), SumIntsOrFloats[string, float64](floats))
	fmt.Printf("Generic Sums, type parameters inferred: %v and %v\n", SumIntsOrFloats(ints), SumIntsOrFloats(floats))
	fmt.Printf("Generic Sums with Constraint: %v and %v\n", SumNumbers(ints), SumNumbers(floats))
	v := Vector[float64]{1, 2, 3}
	fmt.Println(v.Dot(v), Vector[float32]{0.5}.Dot(Vector[float32]{4}))
	ps := Ptrs([]string{"a", "b"})
	*ps[1] = "B"
	fmt.Println(*ps[0], *ps[1], len(ps))
	a, b := 1, 2
	Swap(&a, &b)
	fmt.Println(a, b)
	fmt.Println(Fill(make([]int, 3), 7), Fill(Matrix{nil, nil}, []float64{1}))
	fmt.Println(Len("héllo"), Len([]byte{1, 2}))
	fmt.Println(Index([]string{"x", "y"}, "y"), Index([]float64{1}, 2))
}
