package main

// len, indexing, range, make, composite literals and calls of a type-parameter
// operand go by its core type (or, for len and indexing, by every type of its set).

func Length[T any](s T) int {
	return len(s)
}

func Index[T any](s T) {
	_ = s[0]
}

func Range[T any](s T) {
	for range s {
	}
}

func Make[T any]() {
	_ = make(T, 1)
}

func Literal[T any]() {
	_ = T{}
}

func Call[T any](f T) {
	f()
}

func Mixed[T []int | map[int]int](s T) {
	for range s {
	}
}

func Bytes[T ~string | ~[]byte](s T) byte {
	_ = len(s)
	return s[0]
}

func Slices[S ~[]E, E any](s S) S {
	out := make(S, 0, len(s))
	for _, v := range s {
		out = append(out, v)
	}
	return out
}

func Convert[T any](s T) int {
	return int(s)
}

func main() {
	Length(1)
	Index([]int{1})
}
