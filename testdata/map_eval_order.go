package main

import "fmt"

// The order in which map operations happen relative to calls in the same
// statement, as gc does it.

var trace []string

func note(s string) int {
	trace = append(trace, s)
	return len(trace)
}

func main() {
	m := map[string]int{"a": 1}
	set := func(k string, v int) int { m[k] = v; return 0 }

	// len(m) is read where it stands; m[k] after the calls of the statement
	fmt.Println(len(m), set("b", 2))
	fmt.Println(m["a"], set("a", 10))
	fmt.Println(m["c"], len(m), set("c", 3))
	n := len(m) + set("d", 4)
	fmt.Println(n, len(m))

	// assignment: the value is computed before the entry exists
	m["e"] = len(m)
	fmt.Println(m["e"], len(m))
	counts := map[string]int{}
	counts["x"] = counts["x"] + 1
	counts["x"] = counts["x"] + 1
	fmt.Println(counts)

	// index operands, then values, then stores, left to right
	k := map[int]int{}
	k[note("k1")], k[note("k2")] = note("v1"), note("v2")
	fmt.Println(k, trace)
	trace = nil
	k[note("key")] += note("value")
	fmt.Println(k, trace)

	// a map entry swap, and an assignment through a function result
	swap := map[string]string{"left": "L", "right": "R"}
	swap["left"], swap["right"] = swap["right"], swap["left"]
	fmt.Println(swap)
	get := func() map[string]int { note("get"); return m }
	trace = nil
	get()["f"] = note("six")
	fmt.Println(m["f"], trace)

	// comma-ok in every statement form
	var v int
	var ok bool
	v, ok = m["a"]
	fmt.Println(v, ok)
	if v, ok := m["zz"]; !ok {
		fmt.Println("missing", v)
	}
	var w, present = m["b"]
	fmt.Println(w, present)
	_, ok = m["b"]
	fmt.Println(ok)
	switch v, ok := m["c"]; {
	case ok:
		fmt.Println("c is", v)
	}
	for v, ok := m["d"]; ok; v, ok = m["d"] {
		fmt.Println("d is", v)
		delete(m, "d")
	}
	fmt.Println(len(m))
}
