package main

import (
	"fmt"
	"strings"
)

// Stack, queue, set and an insertion-ordered map; a generic list that refers to itself.

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct {
	head, tail *node[T]
	n          int
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (q *Queue[T]) Put(v T) {
	n := &node[T]{v: v}
	if q.tail == nil {
		q.head, q.tail = n, n
	} else {
		q.tail.next = n
		q.tail = n
	}
	q.n++
}

func (q *Queue[T]) Get() (v T, ok bool) {
	if q.head == nil {
		return v, false
	}
	v = q.head.v
	q.head = q.head.next
	if q.head == nil {
		q.tail = nil
	}
	q.n--
	return v, true
}

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](items ...T) Set[T] {
	s := Set[T]{}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func (s Set[T]) Len() int          { return len(s) }

type OrderedMap[K comparable, V any] struct {
	keys []K
	m    map[K]V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{m: make(map[K]V)}
}

func (o *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := o.m[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.m[k] = v
}

func (o *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := o.m[k]
	return v, ok
}

func (o *OrderedMap[K, V]) Each(f func(K, V)) {
	for _, k := range o.keys {
		f(k, o.m[k])
	}
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func main() {
	var s Stack[string]
	for _, w := range strings.Fields("a b c") {
		s.Push(w)
	}
	fmt.Println(s.Len())
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	var q Queue[float64]
	q.Put(1.5)
	q.Put(2.5)
	x, _ := q.Get()
	y, _ := q.Get()
	_, ok := q.Get()
	fmt.Println(x, y, ok, q.n)

	set := NewSet(3, 1, 3, 2)
	fmt.Println(set.Len(), set.Has(1), set.Has(7))
	words := NewSet[string]("x", "y")
	fmt.Println(words.Has("x"), len(words))

	om := NewOrderedMap[string, int]()
	om.Set("one", 1)
	om.Set("two", 2)
	om.Set("one", 11)
	om.Each(func(k string, v int) { fmt.Println(k, v) })
	v, found := om.Get("two")
	fmt.Println(v, found)

	p := Pair[string, []int]{"k", []int{1, 2}}
	fmt.Println(p)
	var st fmt.Stringer = Pair[int, bool]{1, true}
	fmt.Println(st.String())
	fmt.Printf("%T %T %v\n", p, &s, Pair[int, bool]{2, false})

	var root *Tree[int]
	for _, n := range []int{5, 3, 8, 1, 4} {
		root = root.Insert(n)
	}
	root.Walk(func(n int) { fmt.Print(n, " ") })
	fmt.Println()
	var names *Tree[string]
	for _, n := range []string{"m", "c", "x"} {
		names = names.Insert(n)
	}
	names.Walk(func(n string) { fmt.Print(n, " ") })
	fmt.Println()

	ch := make(chan Pair[string, int], 2)
	ch <- Pair[string, int]{"a", 1}
	close(ch)
	for pr := range ch {
		fmt.Println(pr.Key, pr.Val)
	}
	byKey := map[Pair[string, int]]int{{"a", 1}: 10}
	fmt.Println(byKey[Pair[string, int]{"a", 1}])
}
