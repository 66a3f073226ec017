package main

import (
	"fmt"
	"sort"
	"strings"
)

// Operations a generic body may apply by its constraint's type set (checked once,
// generically, then compiled per instance), and inference cases gc accepts.

type Bytes interface{ ~string | ~[]byte }

func ThirdByte[T Bytes](s T) byte { return s[2] }

func Length[T ~string | ~[]int | ~map[int]bool](x T) int { return len(x) }

func Forget[M map[string]int | map[string]float64](m M, key string) { delete(m, key) }

func CloseAll[C chan int | chan<- int](cs ...C) {
	for _, c := range cs {
		close(c)
	}
}

func IsNil[T ~map[string]int | ~[]int](x T) bool { return x == nil }

func Scale[T ~int | ~float64](x T) T { return x * T(2) }

func Kind[T any](x T) string {
	switch any(x).(type) {
	case T:
		return "T"
	case int:
		return "int"
	}
	return "?"
}

func Appended[S ~string | ~[]byte](buf []byte, s S) []byte { return append(buf, s...) }

// constraint type inference through a struct core type; B from the untyped argument
func Holder[A interface{ struct{ b B; c C } }, B any, C interface{ *B }](x B) A {
	return A{b: x, c: &x}
}

// partial explicit instantiation, the rest inferred from the constraint
func Pair[A any, B interface{ []A }](a A, b B) string { return fmt.Sprint(a, b) }

// a recursive generic call with the same type argument
func Count[T any](xs []T) int {
	if len(xs) == 0 {
		return 0
	}
	return 1 + Count(xs[1:])
}

// a generic defined type unified with a function literal
type Mapper[A, B any] func(A) B

func Apply[A, B any](f Mapper[A, B], xs []A) []B {
	out := make([]B, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Set[E comparable] map[E]struct{}

func Keys[S ~map[E]struct{}, E comparable](s S) []E {
	out := make([]E, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	return out
}

func SortedStrings[S ~[]string](s S) S {
	sort.Strings(s)
	return s
}

type Celsius float64

func main() {
	fmt.Println(ThirdByte("hello"), ThirdByte([]byte("world")))
	fmt.Println(Length("abc"), Length([]int{1, 2}), Length(map[int]bool{1: true}))
	m := map[string]int{"a": 1, "b": 2}
	Forget(m, "a")
	fmt.Println(m)
	c1, c2 := make(chan int), make(chan int)
	CloseAll(c1, c2)
	_, ok := <-c1
	fmt.Println(ok)
	var nm map[string]int
	fmt.Println(IsNil(nm), IsNil([]int{}))
	fmt.Println(Scale(21), Scale(Celsius(1.25)))
	fmt.Println(Kind(1), Kind("s"))
	fmt.Println(string(Appended([]byte("ab"), "cd")), string(Appended([]byte("x"), []byte("y"))))
	h := Holder(1.5)
	fmt.Println(h.b, *h.c == h.b)
	f := Pair[byte]
	fmt.Println(f(1, []byte{2, 3}), Pair(int8(4), []int8{5}))
	fmt.Println(Count([]string{"a", "b", "c"}))
	fmt.Println(Apply(func(x int) string { return strings.Repeat("*", x) }, []int{1, 2, 3}))
	s := Set[string]{"x": {}}
	fmt.Println(Keys(s))
	fmt.Println(SortedStrings([]string{"b", "a"}))
}
