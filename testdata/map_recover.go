package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: %v\n", name, err)
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	var nilMap map[string]int
	try("nil map", func() { nilMap["a"] = 1 })
	try("nil map ++", func() { nilMap["a"]++ })
	try("nil map read", func() { fmt.Println("read", nilMap["a"]) })

	m := map[string]int{"a": 10}
	zero := 0
	try("divide", func() { m["b"] /= zero })
	try("modulo", func() { m["c"] %= zero })
	_, hasB := m["b"]
	_, hasC := m["c"]
	fmt.Println(len(m), hasB, hasC, m)

	// a panic while computing the value leaves the map unchanged
	var p *struct{ N int }
	try("nil deref", func() { m["d"] = p.N })
	_, hasD := m["d"]
	fmt.Println(len(m), hasD)

	keys := map[interface{}]int{}
	try("unhashable", func() { keys[[]string{"x"}] = 1 })
	try("unhashable func", func() { _ = keys[func() {}] })
	try("unhashable delete", func() { delete(keys, map[int]int{}) })
	type wrapper struct{ v interface{} }
	try("unhashable in struct", func() { _, _ = keys[wrapper{[]int{}}] })
	fmt.Println(len(keys))

	// comparing interface keys holding uncomparable values panics too
	a, b := interface{}([]int{1}), interface{}([]int{1})
	try("compare", func() { fmt.Println(a == b) })
}
