package main

// Errors in the signatures of generic functions and of methods of generic types are
// reported once, worded with the type parameters, however many instances there are.

type List[T any] struct{ items []T }

func (l List[T]) Index(m map[T]int) int { return len(m) }

func (l List[T]) Bad() undefinedType { return nil }

func F[T any](m map[T]int) {}

func main() {
	_ = List[int]{}
	_ = List[string]{}
	F[int](nil)
}
