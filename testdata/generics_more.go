package main

import (
	"fmt"
	"sort"
	"strings"
)

type List[T any] struct{ items []T }

func (l *List[T]) Add(v ...T) *List[T] { l.items = append(l.items, v...); return l }
func (l List[T]) Len() int           { return len(l.items) }

func MapList[T, U any](l List[T], f func(T) U) List[U] {
	var out List[U]
	for _, v := range l.items {
		out.Add(f(v))
	}
	return out
}

// embedding an instance promotes its methods
type Names struct {
	List[string]
	title string
}

type IntList = List[int]

type Scores List[float64]

type Celsius int

func (c Celsius) String() string { return fmt.Sprintf("%d°C", int(c)) }

type StringerInt interface {
	~int
	String() string
}

func Join[T StringerInt](xs []T) string {
	parts := make([]string, len(xs))
	total := 0
	for i, x := range xs {
		parts[i] = x.String()
		total += int(x)
	}
	return strings.Join(parts, ",") + fmt.Sprint(" total=", total)
}

type Number interface{ ~int | ~int64 | ~float64 }

func SortedKeys[K Number | ~string, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]     { return Opt[T]{} }

func (o Opt[T]) Or(d T) T {
	if o.ok {
		return o.v
	}
	return d
}

func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}

type Num[T Number] struct{ v T }

func (n Num[T]) Double() Num[T] { return Num[T]{n.v * 2} }
func (n Num[T]) Half() float64  { return float64(n.v) / 2 }

func Chan[T any](xs ...T) <-chan T {
	ch := make(chan T, len(xs))
	for _, x := range xs {
		ch <- x
	}
	close(ch)
	return ch
}

func Collect[T any](ch <-chan T) []T {
	var out []T
	for v := range ch {
		out = append(out, v)
	}
	return out
}

func Go[T any](v T, done chan<- string) {
	go func() { done <- fmt.Sprint("from goroutine: ", v) }()
}

func Deferred[T any](v T) (out T) {
	defer func() {
		if r := recover(); r != nil {
			out = v
		}
	}()
	var p *T
	return *p
}

func main() {
	l := &List[int]{}
	l.Add(1, 2).Add(3)
	strs := MapList(*l, func(i int) string { return strings.Repeat("x", i) })
	fmt.Println(strs.items, strs.Len())
	n := Names{title: "t"}
	n.Add("a", "b")
	fmt.Println(n.Len(), n.items, n.title)
	var il IntList
	il.Add(9)
	fmt.Printf("%T %v\n", il, il)
	s := Scores{items: []float64{1.5}}
	fmt.Printf("%T %v\n", s, s)
	fmt.Println(Join([]Celsius{20, 30}))
	fmt.Println(SortedKeys(map[string]bool{"b": true, "a": false}), SortedKeys(map[float64]int{2.5: 1, -1: 2}))
	fmt.Println(Some(3), None[string](), Some("x").Or("y"), None[int]().Or(7))
	var opts []fmt.Stringer = []fmt.Stringer{Some(1.5), None[bool]()}
	fmt.Println(opts)
	fmt.Println(Num[int]{21}.Double(), Num[float64]{3}.Half())
	fmt.Println(Collect(Chan("p", "q")), len(Collect(Chan[int]())))
	done := make(chan string)
	Go(3.5, done)
	fmt.Println(<-done)
	fmt.Println(Deferred(5), Deferred("d"))
	m := map[Opt[int]]string{Some(1): "one", None[int](): "none"}
	fmt.Println(m[Some(1)], m[Opt[int]{}], len(m))
	anyMap := MapList(List[any]{items: []any{1, "a", nil}}, func(v any) string { return fmt.Sprintf("%T", v) })
	fmt.Println(anyMap.items)
}
