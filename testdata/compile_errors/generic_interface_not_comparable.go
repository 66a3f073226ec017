package main

func Eq[T comparable](a, b T) bool { return a == b }

type S struct{ f func() }

func main() {
	var x, y any
	_ = Eq(x, y)
	_ = Eq[error](nil, nil)
	_ = Eq(S{}, S{})
}
