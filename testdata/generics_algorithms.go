package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

type Ordered interface {
	Number | ~string
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Min[T Ordered](a, b T) T {
	if a < b {
		return a
	}
	return b
}

func Max[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

func Sort[T Ordered](xs []T) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func SortFunc[S ~[]E, E any](s S, less func(a, b E) bool) S {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && less(s[j], s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	return s
}

func BinarySearch[T Ordered](xs []T, target T) (int, bool) {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if xs[mid] < target {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(xs) && xs[lo] == target
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func Convert[To, From Number](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func Zero[T any]() T {
	var z T
	return z
}

func Ptr[T any](v T) *T { return &v }

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int " + strconv.Itoa(x)
	case string:
		return "string " + x
	case fmt.Stringer:
		return "Stringer " + x.String()
	}
	if _, ok := any(v).(error); ok {
		return "error"
	}
	return fmt.Sprintf("other %T", v)
}

func Counter[T Number](step T) func() T {
	var n T
	return func() T {
		n += step
		return n
	}
}

type Celsius float64
type Names []string

type Box[T any] struct{ v T }

func (b Box[T]) Get() T          { return b.v }
func (b *Box[T]) Set(v T)        { b.v = v }
func (b Box[T]) String() string  { return fmt.Sprint("Box(", b.v, ")") }

type Getter[T any] interface{ Get() T }

func GetAll[T any](gs ...Getter[T]) []T {
	return Map(gs, func(g Getter[T]) T { return g.Get() })
}

func Apply[T any, PT interface {
	*T
	Set(string)
}](vals []string) []T {
	out := make([]T, len(vals))
	for i, v := range vals {
		PT(&out[i]).Set(v)
	}
	return out
}

type Label struct{ s string }

func (l *Label) Set(s string) { l.s = "<" + s + ">" }

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	fmt.Println(Map(xs, func(x int) string { return strconv.Itoa(x * 2) }))
	fmt.Println(Filter(xs, func(x int) bool { return x%2 == 1 }))
	fmt.Println(Reduce(xs, "", func(acc string, x int) string { return acc + strconv.Itoa(x) }))
	fmt.Println(Sum(xs...), Sum(1.5, 2.25), Sum[int8](100, 27), Sum(Celsius(1.5), 2))
	fmt.Println(Min(3, 7), Min("b", "a"), Min(2.5, 1.0), Max(4, 9, 2), Max("x", "yy", "y"))
	ys := []string{"pear", "apple", "fig"}
	Sort(ys)
	Sort(xs)
	fmt.Println(ys, xs)
	names := SortFunc(Names{"bob", "al", "christine"}, func(a, b string) bool { return len(a) < len(b) })
	fmt.Printf("%T %v\n", names, names)
	fmt.Println(BinarySearch(xs, 8))
	fmt.Println(BinarySearch(xs, 4))
	fmt.Println(BinarySearch(ys, "fig"))
	keys := Keys(map[string]int{"only": 1})
	fmt.Println(keys, len(Keys(map[int]bool{})))
	fmt.Println(Index(ys, "pear"), Index([]float64{1, 2}, 3))
	fmt.Println(Convert[float64]([]int{1, 2}), Convert[int]([]float64{1.7, -2.2}))
	fmt.Println(Zero[int](), Zero[string]() == "", Zero[*int]() == nil, Zero[[]int]() == nil)
	p := Ptr(42)
	*p++
	fmt.Println(*p, *Ptr("s"))
	fmt.Println(Must(strconv.Atoi("12")) + 1)
	fmt.Println(Describe(1), Describe("a"), Describe(Box[int]{3}), Describe(errors.New("e")), Describe(2.5))
	next := Counter(2)
	next()
	fmt.Println(next(), Counter(0.5)())
	b := &Box[string]{}
	set := b.Set
	set("hello")
	get := Box[string].Get
	fmt.Println(b.Get(), get(*b), b)
	fmt.Println(GetAll[int](Box[int]{1}, &Box[int]{2}))
	var g Getter[float64] = Box[float64]{0.5}
	fmt.Println(g.Get())
	labels := Apply[Label]([]string{"a", "b"})
	fmt.Println(labels)
	mapper := Map[int, int]
	fmt.Println(mapper([]int{1, 2}, func(x int) int { return -x }))
	defer func() { fmt.Println("recovered:", recover()) }()
	Must(strconv.Atoi("x"))
}
