package main

type Number interface {
	~int | ~float64
}

var x Number

func F(n Number) {}

func G(c comparable) {}

func main() {
	var s []Number
	_ = s
}
