package main

import "fmt"

// A generic body's errors are reported once, at the body's positions and worded with
// its type parameters, whether it is instantiated never, once or several times.

func Never[T any](x T) T {
	y := undefinedName
	return x, y
}

func Twice[T any](x T) string {
	unused := x
	return x
}

type Box[T any] struct{ v T }

func (b Box[T]) Get() int {
	return b.v
}

func main() {
	fmt.Println(Twice(1), Twice("a"), Twice(2.5))
	fmt.Println(Box[int]{1}.Get(), Box[string]{"a"}.Get())
}
