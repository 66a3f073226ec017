package main

func Two[T, U any](x T, y U) {}

type Pair[K comparable, V any] struct {
	k K
	v V
}

type One[T any] struct{ v T }

func main() {
	Two[int, string, bool](1, "", true)
	var p Pair[int, string, bool]
	_ = p
	var o One[int, string]
	_ = o
	var q Pair[int]
	_ = q
}
