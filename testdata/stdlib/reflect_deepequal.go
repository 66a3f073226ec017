// reflect_deepequal: reflect.DeepEqual on every kind, cycles, NaN, nil against
// empty; sort.Slice, SliceStable and SliceIsSorted through reflect.Swapper.
package main

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"sort"
)

type Node struct {
	Val  int
	Next *Node
}

type pair struct {
	a int
	b []string
}

type Tree struct {
	Kids map[string]*Tree
	Data interface{}
}

func main() {
	nan := math.NaN()
	loop1 := &Node{Val: 1}
	loop1.Next = loop1
	loop2 := &Node{Val: 1}
	loop2.Next = loop2
	other := &Node{Val: 2}
	other.Next = other
	var nilSlice []int
	var nilMap map[string]int
	var nilPtr *Node
	var err1, err2 error = errors.New("x"), errors.New("x")
	fn := func() {}
	same := []int{1, 2}
	cases := []struct {
		label string
		x, y  interface{}
	}{
		{"ints", 1, 1},
		{"int vs int64", 1, int64(1)},
		{"strings", "a", "a"},
		{"diff strings", "a", "b"},
		{"floats", 1.5, 1.5},
		{"nan", nan, nan},
		{"nan slice", []float64{nan}, []float64{nan}},
		{"same nan slice", same, same},
		{"slices", []int{1, 2, 3}, []int{1, 2, 3}},
		{"slice lengths", []int{1, 2}, []int{1, 2, 3}},
		{"nil vs empty slice", nilSlice, []int{}},
		{"nil slices", nilSlice, []int(nil)},
		{"maps", map[string]int{"a": 1, "b": 2}, map[string]int{"b": 2, "a": 1}},
		{"map values", map[string]int{"a": 1}, map[string]int{"a": 2}},
		{"map keys", map[string]int{"a": 1}, map[string]int{"b": 1}},
		{"nil vs empty map", nilMap, map[string]int{}},
		{"arrays", [2]string{"x", "y"}, [2]string{"x", "y"}},
		{"arrays differ", [2]string{"x", "y"}, [2]string{"x", "z"}},
		{"structs", Node{Val: 1}, Node{Val: 1}},
		{"unexported fields", pair{1, []string{"q"}}, pair{1, []string{"q"}}},
		{"unexported differ", pair{1, []string{"q"}}, pair{1, []string{"r"}}},
		{"pointers", &Node{Val: 3}, &Node{Val: 3}},
		{"cycles", loop1, loop2},
		{"cycles differ", loop1, other},
		{"nil pointer", nilPtr, (*Node)(nil)},
		{"nil ptr vs ptr", nilPtr, &Node{}},
		{"errors", err1, err2},
		{"funcs", fn, fn},
		{"nil funcs", (func())(nil), (func())(nil)},
		{"interfaces in slices", []interface{}{1, "a", nil}, []interface{}{1, "a", nil}},
		{"interfaces differ", []interface{}{1, "a"}, []interface{}{1, int64(1)}},
		{"nested", map[string][]map[int]string{"k": {{1: "a"}}}, map[string][]map[int]string{"k": {{1: "a"}}}},
		{"trees", &Tree{Kids: map[string]*Tree{"l": {Data: []byte("x")}}}, &Tree{Kids: map[string]*Tree{"l": {Data: []byte("x")}}}},
		{"nil and nil", nil, nil},
		{"nil and value", nil, 0},
		{"bytes", []byte("abc"), []byte("abc")},
		{"chans", make(chan int), make(chan int)},
	}
	for _, c := range cases {
		fmt.Printf("%-22s %v\n", c.label, reflect.DeepEqual(c.x, c.y))
	}
	m := map[string]interface{}{}
	m["self"] = m
	n := map[string]interface{}{}
	n["self"] = n
	fmt.Println("map cycle", reflect.DeepEqual(m, n))

	// sort.Slice over several element types
	people := []struct {
		Name string
		Age  int
	}{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}, {"Eve", 30}, {"Fay", 20}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people, sort.SliceIsSorted(people, func(i, j int) bool { return people[i].Age < people[j].Age }))
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	words := []string{"pear", "fig", "apple", "kiwi", "banana", "date", "cherry", "elderberry", "grape", "lime", "mango", "nut", "olive", "plum"}
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	sort.SliceStable(words, func(i, j int) bool { return words[i][0] < words[j][0] })
	fmt.Println(words)
	big := make([][3]int, 40)
	for i := range big {
		big[i] = [3]int{(i * 17) % 11, i, -i}
	}
	sort.Slice(big, func(i, j int) bool { return big[i][0] < big[j][0] })
	fmt.Println(big[:8], sort.SliceIsSorted(big, func(i, j int) bool { return big[i][0] < big[j][0] }))
	bytes := []byte("reflection")
	sort.Slice(bytes, func(i, j int) bool { return bytes[i] < bytes[j] })
	fmt.Println(string(bytes))
	ptrs := []*Node{{Val: 3}, {Val: 1}, {Val: 2}}
	sort.Slice(ptrs, func(i, j int) bool { return ptrs[i].Val < ptrs[j].Val })
	fmt.Println(ptrs[0].Val, ptrs[1].Val, ptrs[2].Val)
	swap := reflect.Swapper([]int{1, 2, 3})
	swap(0, 2)
	fmt.Println(sort.SliceIsSorted([]int{3, 2}, func(i, j int) bool { return i < j }))
}
