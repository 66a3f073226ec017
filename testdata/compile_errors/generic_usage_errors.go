package main

import "fmt"

func Two[T, U any](x T, y U) {}

type C interface{ ~int; M() }

func UseC[T C](x T) { x.M() }

type Num int

func (Num) M() {}

type L[T any] []T

func (l L[T]) At(i int) T { return l[i] }

func main() {
	f := Two[int]
	_ = f
	UseC(Num(1))
	UseC(2)
	var l L[int] = L[int]{1}
	fmt.Println(l.At(0))
	var g func(int) int = Id
	_ = g
	var x interface{} = Two[int, int]
	_ = x
	Two[int, string](1, 2)
}

func Id[T any](x T) T { return x }
