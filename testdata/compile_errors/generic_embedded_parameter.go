package main

type W[T any] struct {
	T
	n int
}

type P[T any] struct{ *T }

func main() {
	var w W[int]
	_ = w
}
