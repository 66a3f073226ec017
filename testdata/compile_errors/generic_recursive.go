package main

type Bad[T any] struct{ b Bad[T] }

type Arr[T any] [2]Arr[T]

type Fine[T any] struct{ next *Fine[T] }

func main() {
	var f Fine[int]
	_ = f
}
