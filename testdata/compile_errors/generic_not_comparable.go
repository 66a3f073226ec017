package main

func Eq[T comparable](a, b T) bool { return a == b }

type Key[K comparable] struct{ k K }

func main() {
	_ = Eq([]int{1}, []int{2})
	_ = Eq[map[string]int](nil, nil)
	var k Key[[]byte]
	_ = k
}
