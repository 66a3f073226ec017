package main

import "fmt"

// Selectors on a type-parameter operand find only its constraint's methods; type
// assertions and type switches on such a value are not allowed (go 1.19).

func Describe[T any](a T) string {
	return a.String()
}

func Field[T interface{ ~struct{ x int } }](a T) int {
	return a.x
}

func Pointer[T fmt.Stringer](p *T) string {
	return p.String()
}

func Assert[T any](a T) int {
	return a.(int)
}

func Switch[T any](a T) {
	switch a.(type) {
	case int:
	}
}

func Stringer[T any](a T) fmt.Stringer {
	return a
}

func Good[T fmt.Stringer](a T) fmt.Stringer {
	var s fmt.Stringer = a
	_ = any(a).(int)
	return s
}

type List[T any] struct {
	items []T
}

func (l *List[T]) Sum() T {
	var total T
	for _, v := range l.items {
		total += v
	}
	return total
}

func (l *List[U]) First() U {
	return l.items[0].Value
}

func main() {
	fmt.Println(Describe(1))
}
