package main

import "fmt"

type Box[T any] struct{ v T }

func (b Box[T]) Wrap() Box[Box[T]] { return Box[Box[T]]{b} }
func (b Box[T]) Get() T            { return b.v }

func main() {
	b := Box[int]{1}
	w := b.Wrap().Wrap()
	fmt.Println(w, w.Get().Get().Get())
	fmt.Printf("%T\n", w)
}
