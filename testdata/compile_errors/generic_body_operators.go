package main

import "fmt"

// Operators in a generic body are allowed by the constraint's type set, checked once
// whether or not the function is instantiated (and however it is).

type Number interface {
	~int | ~int64 | ~float64
}

type Integer interface {
	~int | ~uint8
}

func Equal[T any](a, b T) bool {
	return a == b
}

func Add[T any](a, b T) T {
	return a + b
}

func Less[T any](a, b T) bool {
	return a < b
}

func Negate[T fmt.Stringer](a T) T {
	return -a
}

func Zero[T any]() T {
	var x T = 0
	return x
}

func Shift[T Number](a T) T {
	return a << 1
}

func Fine[T Number, I Integer](a, b T, i I) T {
	i++
	_ = i << 2
	_ = 1 << i
	return a*b + a/b - T(2)
}

func Modulo[T Number](a, b T) T {
	return a % b
}

func Huge[T Integer]() T {
	return 300
}

func main() {
	fmt.Println(Equal(1, 2), Add(1, 2), Less(1, 2), Fine(1, 2, 3))
}
