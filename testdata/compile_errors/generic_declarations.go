package main

type List[T any] struct{ v T }

type X[T any] T

var f = Id

func Id[T any](x T) T { return x }

func K[K any, V any](m map[K]V) {}

func (l List[T, U]) M() {}

func (l List) N() {}

func main() {
}
