package main

// Instantiation cycles are found in the generic declarations, instantiated or not;
// gc reports one, the first its longest-path search completes (here h and h2's).

func f[T any]() {
	f[*T]()
}

func g[T any](x T) {
	g([]T{x})
}

func h[T any](x T) {
	h2[T]()
}

func h2[U any]() {
	h[[]U](nil)
}

func ok[T any](n int) {
	if n > 0 {
		ok[T](n - 1)
	}
}

func main() {
	ok[int](3)
}
