package main

import "fmt"

// Package variables initialised by calls of instances are ordered by what the
// instances' bodies use, as for any function.

var x = First[int]()

var y = Len("abc")

var z = Box[string]{}.Size()

var counts = []int{4, 5}

var word = "abc" + fmt.Sprint(len(counts))

func First[T any]() int { return counts[0] }

func Len[T ~string](s T) int { return len(word) + len(s) }

type Box[T any] struct{ v T }

func (b Box[T]) Size() int { return len(counts) * 10 }

func main() {
	fmt.Println(x, y, z)
}
