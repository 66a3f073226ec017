package main

import "fmt"

// Growth and churn: many inserts, deletes and re-inserts, checked against a
// plain slice that records the truth.

type lcg struct{ state uint64 }

func (r *lcg) next() uint64 {
	r.state = r.state*6364136223846793005 + 1442695040888963407
	return r.state >> 33
}

func main() {
	const n = 20000
	m := map[int]int{}
	truth := make([]int, n)
	present := make([]bool, n)
	r := &lcg{7}
	for round := 0; round < 6; round++ {
		for i := 0; i < n; i++ {
			k := int(r.next() % n)
			m[k] = i
			truth[k] = i
			present[k] = true
		}
		for i := 0; i < n; i++ {
			k := int(r.next() % n)
			if int(r.next()%3) == round%3 {
				delete(m, k)
				present[k] = false
			}
		}
		live := 0
		mismatches := 0
		for k := 0; k < n; k++ {
			v, ok := m[k]
			if ok != present[k] || (ok && v != truth[k]) {
				mismatches++
			}
			if present[k] {
				live++
			}
		}
		fmt.Println("round", round, "len", len(m), "live", live, "mismatches", mismatches)
	}

	// fill, empty completely, fill again
	s := make(map[string]int, 10)
	for i := 0; i < 5000; i++ {
		s[fmt.Sprint("key", i)] = i
	}
	fmt.Println(len(s))
	for i := 0; i < 5000; i++ {
		delete(s, fmt.Sprint("key", i))
	}
	fmt.Println(len(s), s)
	for i := 0; i < 3000; i++ {
		s[fmt.Sprint("again", i)] = i * i
	}
	sum := 0
	for _, v := range s {
		sum += v
	}
	fmt.Println(len(s), sum, s["again2999"], s["key1"])

	// many tombstones in a table that never grows
	small := map[int]int{}
	for i := 0; i < 100000; i++ {
		small[i%7] = i
		delete(small, (i+3)%7)
	}
	fmt.Println(len(small), small)

	// hints of every size, including zero, negative and huge
	for _, hint := range []int{0, 1, 7, 8, 9, 100, 1000, -5} {
		h := make(map[int]bool, hint)
		for i := 0; i < 50; i++ {
			h[i*7] = true
		}
		fmt.Print(len(h), " ")
	}
	var huge int64 = 1 << 62
	hm := make(map[int]int, huge)
	hm[1] = 1
	fmt.Println(len(hm))

	// big values and big keys
	type Big struct {
		Data [40]int
		Name string
	}
	bigs := map[[20]int64]Big{}
	for i := 0; i < 300; i++ {
		var k [20]int64
		k[i%20] = int64(i)
		var b Big
		b.Data[39] = i
		b.Name = fmt.Sprint("b", i)
		bigs[k] = b
	}
	var k [20]int64
	k[5] = 245
	fmt.Println(len(bigs), bigs[k].Data[39], bigs[k].Name, bigs[[20]int64{}].Name == "")

	// pointer keys across growth
	type node struct{ id int }
	nodes := []*node{}
	byNode := map[*node]int{}
	for i := 0; i < 1000; i++ {
		p := &node{i}
		nodes = append(nodes, p)
		byNode[p] = i * 3
	}
	ok := true
	for _, p := range nodes {
		if byNode[p] != p.id*3 {
			ok = false
		}
	}
	fmt.Println(len(byNode), ok, byNode[&node{1}])
}
