// The collector must see live data reached only through a closure, a map
// value, an interface, a global, a deferred call's arguments, or a slice of
// an array's middle; each survives many collections and is checked after.
package main

import (
	"fmt"
	"runtime"
)

type tree struct {
	left, right *tree
	value       int
}

func build(depth, value int) *tree {
	if depth == 0 {
		return &tree{value: value}
	}
	return &tree{build(depth-1, value*2), build(depth-1, value*2+1), value}
}

func (t *tree) sum() int {
	if t == nil {
		return 0
	}
	return t.value + t.left.sum() + t.right.sum()
}

type summer interface{ sum() int }

var global *tree
var garbage [][]int

func churn(rounds int) {
	for i := 0; i < rounds; i++ {
		garbage = append(garbage, make([]int, 1000))
		if len(garbage) > 16 {
			garbage = nil
		}
		_ = build(3, i)
	}
	garbage = nil
}

func deferred(t *tree, words []string) {
	defer func(t *tree, words []string) {
		fmt.Println("deferred arguments:", t.sum(), words[0], words[len(words)-1])
	}(t, words)
	churn(1500)
}

func main() {
	counter := func() func() int {
		captured := build(10, 1)
		return func() int { return captured.sum() }
	}()

	byKey := map[string]*tree{}
	for i := 0; i < 50; i++ {
		byKey[fmt.Sprint("k", i)] = build(4, i)
	}
	values := map[int][]string{}
	for i := 0; i < 200; i++ {
		values[i] = []string{fmt.Sprint("v", i), fmt.Sprintf("w%d", i*i)}
	}

	var boxed interface{} = build(8, 5)
	var asSummer summer = build(6, 9)
	global = build(9, 2)

	middle := make([]int, 1000)
	for i := range middle {
		middle[i] = i
	}
	window := middle[400:600]
	middle = nil

	words := []string{}
	for i := 0; i < 100; i++ {
		words = append(words, fmt.Sprint("word", i))
	}
	deferred(build(7, 3), words)
	words = nil

	churn(3000)
	runtime.GC()

	fmt.Println("closure:", counter())
	total := 0
	for i := 0; i < 50; i++ {
		total += byKey[fmt.Sprint("k", i)].sum()
	}
	fmt.Println("map values:", total, values[7][0], values[199][1])
	fmt.Println("interface:", boxed.(*tree).sum(), asSummer.sum())
	fmt.Println("global:", global.sum())
	total = 0
	for _, v := range window {
		total += v
	}
	fmt.Println("slice window:", total, len(window), cap(window))
}
