package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool) *Heap[T] { return &Heap[T]{less: less} }

func (h *Heap[T]) Push(v T) {
	h.data = append(h.data, v)
	i := len(h.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.data[i], h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[T]) Pop() T {
	top := h.data[0]
	n := len(h.data) - 1
	h.data[0] = h.data[n]
	h.data = h.data[:n]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && h.less(h.data[l], h.data[m]) {
			m = l
		}
		if r < n && h.less(h.data[r], h.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
	return top
}

func (h *Heap[T]) Len() int { return len(h.data) }

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func (r Result[T]) Unwrap() T {
	if r.Err != nil {
		panic(r.Err)
	}
	return r.Val
}

type Iterator[T any] interface {
	Next() (T, bool)
}

type sliceIter[T any] struct {
	xs []T
	i  int
}

func (s *sliceIter[T]) Next() (T, bool) {
	if s.i >= len(s.xs) {
		var zero T
		return zero, false
	}
	s.i++
	return s.xs[s.i-1], true
}

func Iter[T any](xs []T) Iterator[T] { return &sliceIter[T]{xs: xs} }

func Drain[T any](it Iterator[T]) []T {
	var out []T
	for v, ok := it.Next(); ok; v, ok = it.Next() {
		out = append(out, v)
	}
	return out
}

type Graph[K comparable] struct {
	edges map[K][]K
}

func (g *Graph[K]) Add(a, b K) {
	if g.edges == nil {
		g.edges = map[K][]K{}
	}
	g.edges[a] = append(g.edges[a], b)
}

func (g *Graph[K]) BFS(start K, visit func(K)) {
	seen := map[K]bool{start: true}
	queue := []K{start}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		visit(n)
		for _, m := range g.edges[n] {
			if !seen[m] {
				seen[m] = true
				queue = append(queue, m)
			}
		}
	}
}

type byLen []string

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func Equal[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

type Point struct{ X, Y int }

func main() {
	h := NewHeap(func(a, b int) bool { return a > b })
	for _, v := range []int{3, 9, 1, 7} {
		h.Push(v)
	}
	for h.Len() > 0 {
		fmt.Print(h.Pop(), " ")
	}
	fmt.Println()
	hs := NewHeap(func(a, b string) bool { return len(a) < len(b) })
	hs.Push("ccc")
	hs.Push("a")
	fmt.Println(hs.Pop())

	r := Try(func() (int, error) { return 4, nil })
	fmt.Println(r.Unwrap(), r)
	bad := Try(func() (string, error) { return "", errors.New("boom") })
	func() {
		defer func() { fmt.Println("recovered", recover()) }()
		bad.Unwrap()
	}()
	fmt.Println(Drain(Iter([]string{"x", "y"})), Drain[int](Iter([]int{})))
	var g Graph[string]
	g.Add("a", "b")
	g.Add("a", "c")
	g.Add("b", "d")
	var order []string
	g.BFS("a", func(s string) { order = append(order, s) })
	fmt.Println(strings.Join(order, ">"))
	gp := &Graph[Point]{}
	gp.Add(Point{0, 0}, Point{1, 1})
	gp.BFS(Point{0, 0}, func(p Point) { fmt.Print(p, ";") })
	fmt.Println()
	groups := GroupBy([]string{"a", "bb", "cc", "d"}, func(s string) int { return len(s) })
	keys := make([]int, 0)
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Println(k, groups[k])
	}
	fmt.Println(Equal([]Point{{1, 2}}, []Point{{1, 2}}), Equal([]string{"a"}, nil))
	push := h.Push
	push(5)
	pop := (*Heap[int]).Pop
	fmt.Println(pop(h))
	fmt.Printf("%T %T %T\n", h, r, Iter([]byte("q")))
}
