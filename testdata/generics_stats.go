package main

import (
	"fmt"
	"sort"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

type Stats[T Number] struct {
	vals []T
}

func (s *Stats[T]) Add(v ...T) { s.vals = append(s.vals, v...) }

func (s Stats[T]) Mean() float64 {
	if len(s.vals) == 0 {
		return 0
	}
	var sum T
	for _, v := range s.vals {
		sum += v
	}
	return float64(sum) / float64(len(s.vals))
}

func (s Stats[T]) Max() (m T) {
	for i, v := range s.vals {
		if i == 0 || v > m {
			m = v
		}
	}
	return
}

type sortable[T Number] []T

func (s sortable[T]) Len() int           { return len(s) }
func (s sortable[T]) Less(i, j int) bool { return s[i] < s[j] }
func (s sortable[T]) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func SortNums[T Number](xs []T) []T {
	sort.Sort(sortable[T](xs))
	return xs
}

type Stringish interface{ ~string }

func Upper[S Stringish](xs []S) []S {
	out := make([]S, len(xs))
	for i, x := range xs {
		out[i] = S(strings.ToUpper(string(x)))
	}
	return out
}

type Color string

type Event[T any] struct {
	Name    string
	Payload T
}

type Bus[T any] struct {
	subs []func(Event[T])
}

func (b *Bus[T]) Subscribe(f func(Event[T])) { b.subs = append(b.subs, f) }
func (b *Bus[T]) Publish(name string, p T) {
	for _, s := range b.subs {
		s(Event[T]{name, p})
	}
}

func Memo[K comparable, V any](f func(K) V) func(K) V {
	cache := map[K]V{}
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		v := f(k)
		cache[k] = v
		return v
	}
}

func main() {
	var s Stats[int32]
	s.Add(3, 9, 4)
	fmt.Println(s.Mean(), s.Max())
	var f Stats[float64]
	fmt.Println(f.Mean(), f.Max())
	fmt.Println(SortNums([]float64{3.5, -1, 2}), SortNums([]int64{9, 8}))
	fmt.Println(Upper([]Color{"red", "blue"}))
	fmt.Printf("%T\n", Upper([]Color{}))
	var bus Bus[map[string]int]
	bus.Subscribe(func(e Event[map[string]int]) { fmt.Println("got", e.Name, e.Payload) })
	bus.Subscribe(func(e Event[map[string]int]) { fmt.Printf("%+v\n", e) })
	bus.Publish("tick", map[string]int{"n": 1})
	calls := 0
	var fib func(int) int
	fib = Memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), calls)
}
