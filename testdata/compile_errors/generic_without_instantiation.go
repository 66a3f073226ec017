package main

func Id[T any](x T) T { return x }

type List[T any] struct{ v T }

func main() {
	f := Id
	_ = f
	var l List
	_ = l
	g := Id[int]
	_ = g(1)
}
