package main

func Zero[T any]() T {
	var z T
	return z
}

func Two[T, U any](x T) {}

func main() {
	_ = Zero()
	Two(1)
	Two[int](1)
	_ = Zero[string]()
}
