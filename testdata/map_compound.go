package main

import "fmt"

type Stats struct {
	Count int
	Total float64
	Names []string
}

type Matrix map[int]map[int]float64

func (m Matrix) Set(r, c int, v float64) {
	row, ok := m[r]
	if !ok {
		row = map[int]float64{}
		m[r] = row
	}
	row[c] = v
}

func main() {
	// op= and ++/-- on map entries, present and absent
	m := map[string]int{"x": 10}
	m["x"] += 5
	m["y"] += 7
	m["x"] -= 1
	m["z"]++
	m["z"]++
	m["w"]--
	m["x"] *= 3
	m["x"] /= 4
	m["x"] %= 7
	m["bits"] |= 6
	m["bits"] &^= 2
	m["bits"] <<= 3
	m["bits"] ^= 1
	m["bits"] >>= 1
	fmt.Println(m)

	// floats and strings
	f := map[int]float64{}
	f[1] += 0.5
	f[1] *= 3
	f[2] /= 2
	fmt.Println(f)
	s := map[string]string{}
	s["greeting"] += "hello"
	s["greeting"] += ", world"
	fmt.Println(s, len(s["greeting"]))

	// struct values: read fields, replace whole values
	stats := map[string]Stats{}
	for i, name := range []string{"ann", "bob", "ann", "cid", "ann", "bob"} {
		st := stats[name]
		st.Count++
		st.Total += float64(i)
		st.Names = append(st.Names, fmt.Sprint(name, i))
		stats[name] = st
	}
	fmt.Println(stats["ann"].Count, stats["ann"].Total, stats["bob"].Names, stats["nobody"].Count)
	fmt.Printf("%+v\n", stats)

	// pointer values allow updates in place
	counters := map[string]*Stats{}
	for _, w := range []string{"a", "b", "a", "a"} {
		if counters[w] == nil {
			counters[w] = &Stats{}
		}
		counters[w].Count++
	}
	fmt.Println(counters["a"].Count, counters["b"].Count)

	// maps of slices: append through the map
	groups := map[bool][]int{}
	for i := 0; i < 10; i++ {
		groups[i%2 == 0] = append(groups[i%2 == 0], i)
	}
	fmt.Println(groups[true], groups[false], len(groups))
	groups[true][0] = 100
	fmt.Println(groups[true][0], groups)

	// maps of maps
	mat := Matrix{}
	mat.Set(0, 0, 1)
	mat.Set(0, 3, 2.5)
	mat.Set(7, 1, -1)
	fmt.Println(len(mat), len(mat[0]), mat[0][3], mat[7][1], mat[5][5], mat)
	mat[7][1] += 10
	delete(mat[0], 0)
	fmt.Println(mat)

	// maps in structs and slices, and arrays of maps
	type Index struct {
		byID map[int]string
	}
	idx := Index{byID: map[int]string{}}
	idx.byID[3] = "three"
	idx.byID[4] = "four"
	fmt.Println(idx.byID, len(idx.byID))
	shards := make([]map[string]int, 3)
	for i := range shards {
		shards[i] = map[string]int{}
	}
	for i, w := range []string{"a", "b", "c", "d", "e", "f", "g"} {
		shards[i%3][w] = i
	}
	fmt.Println(shards)
	var arr [2]map[int]int
	arr[1] = map[int]int{1: 1}
	arr[1][2] = 2
	fmt.Println(arr, arr[0] == nil)

	// maps are references: a copy sees the changes
	alias := m
	alias["new"] = 42
	fmt.Println(m["new"], len(m) == len(alias))
	change := func(mm map[string]int) { mm["changed"] = 1 }
	change(m)
	fmt.Println(m["changed"])

	// swapping two entries in one assignment
	pair := map[string]int{"a": 1, "b": 2}
	pair["a"], pair["b"] = pair["b"], pair["a"]
	fmt.Println(pair)

	// the right side is evaluated before the entry is added
	lengths := map[string]int{}
	lengths["first"] = len(lengths)
	lengths["second"] = len(lengths)
	fmt.Println(lengths)
	v, ok := lengths["first"]
	fmt.Println(v, ok)
	sizes := map[int]int{}
	sizes[len(sizes)], sizes[len(sizes)+10] = len(sizes), len(sizes)
	fmt.Println(sizes)

	// keys computed by calls, in order
	order := []string{}
	key := func(name string) string {
		order = append(order, name)
		return name
	}
	calls := map[string]string{}
	calls[key("k1")] = key("v1")
	calls[key("k2")] += key("v2")
	fmt.Println(calls, order)
}
