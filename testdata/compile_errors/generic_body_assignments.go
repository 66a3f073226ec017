package main

// Assignments in generic bodies: a type parameter is a type of its own, distinct from
// every other type and type parameter (messages name it, as gc does).

type List[T any] struct {
	next *List[T]
	v    T
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{l, v} }

func (l *List[T]) Bad(v int) {
	l.Push(v)
	l.next.Push(l.v).Push(1)
	var x List[string] = *l
	_ = x
}

func g[T any](x T) T { return x }

func h[T any, U any](t T, u U) {
	g[T](1)
	g[T](u)
	var s []T = []U{u}
	_ = s
	_ = g(t) == g(t)
	f := func(x T) U { return x }
	_ = f
}

func main() {}
