package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func Last[T any](xs []T) T { return xs[len(xs)-1] }

func main() {
	fmt.Println(Last([]int{1, 2}))
	s := &Stack[string]{items: []string{"a"}}
	fmt.Println(s.Pop())
	fmt.Println(s.Pop())
}
