package main

import "fmt"

func Wrap[T any](v T) string {
	type box struct{ v T }
	return fmt.Sprint(box{v})
}

type List[T any] []T

func (l List[T]) First() T {
	type first = T
	var f first = l[0]
	return f
}

func main() {
	fmt.Println(Wrap(1), List[int]{2}.First())
}
