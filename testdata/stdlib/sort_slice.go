// sort.Slice, SliceStable and SliceIsSorted over slices of structs, strings,
// pointers, small and big elements, and the panics of a bad argument or a
// bad index handed to the less function's swaps (internal/reflectlite).
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

type big struct {
	key  int
	pad  [40]byte
	tail string
}

func try(what string, f func()) {
	defer func() { fmt.Println(what, "->", recover()) }()
	f()
}

func main() {
	people := []person{{"ana", 31}, {"bo", 25}, {"cy", 31}, {"di", 19}, {"ed", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people, sort.SliceIsSorted(people, func(i, j int) bool { return people[i].name > people[j].name }))

	words := []string{"pear", "fig", "apple", "kiwi", "banana", "date"}
	sort.Slice(words, func(i, j int) bool {
		return len(words[i]) < len(words[j]) || len(words[i]) == len(words[j]) && words[i] < words[j]
	})
	fmt.Println(words)

	var pointers []*person
	for i := range people {
		pointers = append(pointers, &people[i])
	}
	sort.Slice(pointers, func(i, j int) bool {
		return pointers[i].age < pointers[j].age || pointers[i].age == pointers[j].age && pointers[i].name < pointers[j].name
	})
	for _, p := range pointers {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	bigs := make([]big, 50)
	for i := range bigs {
		bigs[i] = big{key: (i * 37) % 50, tail: fmt.Sprint("t", i)}
		bigs[i].pad[39] = byte(i)
	}
	sort.Slice(bigs, func(i, j int) bool { return bigs[i].key < bigs[j].key })
	ok := true
	for i, b := range bigs {
		ok = ok && b.key == i && b.tail == fmt.Sprint("t", b.pad[39])
	}
	fmt.Println("bigs sorted and whole:", ok)

	bytes := []byte("sorting bytes")
	sort.Slice(bytes, func(i, j int) bool { return bytes[i] < bytes[j] })
	fmt.Printf("%q\n", bytes)
	pairs := [][2]int32{{3, 1}, {1, 2}, {2, 3}}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i][0] < pairs[j][0] })
	fmt.Println(pairs)
	var empty []float64
	sort.Slice(empty, func(i, j int) bool { return empty[i] < empty[j] })
	fmt.Println(empty, sort.SliceIsSorted(empty, func(i, j int) bool { return false }))

	try("not a slice", func() { sort.Slice(42, func(i, j int) bool { return false }) })
	try("nil", func() { sort.Slice(nil, func(i, j int) bool { return false }) })
	try("map", func() { sort.SliceStable(map[int]int{}, func(i, j int) bool { return false }) })
	try("pointer", func() { sort.SliceIsSorted(&people, func(i, j int) bool { return false }) })
	try("array", func() { sort.SliceIsSorted([2]int{}, func(i, j int) bool { return false }) })
	ints := []int{3, 1, 2}
	try("ints out of range", func() { sort.Slice(ints, func(i, j int) bool { ints = ints[:1]; return ints[i] < ints[j] }) })
	fmt.Println(ints)
}
