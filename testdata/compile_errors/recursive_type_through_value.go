package main

// `type T2 T1` is invalid when T1 holds a T2 by value (T1 would contain itself).

type T1 struct {
	x    T2
	next *T2
}
type T2 T1

type A [2]B
type B A

func main() {}
