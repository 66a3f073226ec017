package main

// Untyped constants with type-parameter operands: representable by every type of the
// set (or an error); strings and numbers mix as for the types of the set.

type Num interface{ ~int | ~float64 }

func A[T Num](x T) T { return x * 2.5 }

func B[T Num](x T) T { return x + 1 }

func C[T Num, U Num](x T, u U) T { return x + u }

func D[T Num](x T) float64 { return float64(x) + 1 }

func E[T ~string](x T) T { return x + "s" }

func F[T Num](x T) bool { return x == 0 && x < 3 }

func G[T any](x T) *T { return &x }

func H[T any](p *T) T { return *p }

func I[T ~[]int](x T) T { return x[1:] }

func J[T ~int](x T) string { return string(rune(x)) }

func K[T comparable](x, y T) bool { return x != y }

func L[T interface{ ~int; String() string }](x T) string { return x.String() + string(rune(x)) }

func M[T Num](x T) T { x += 1; x++; return -x }

func N[T any](x T) { var y interface{} = x; _ = y }

func main() {}
