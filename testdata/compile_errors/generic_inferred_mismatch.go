package main

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	_ = Max(1, 2.5)
	var i int
	var f float64
	_ = Max(i, f)
	_ = Max(2.5, 1)
}
