package main

import "fmt"

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sortStrings(keys)
	return keys
}

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}

	// key and value
	sum, letters := 0, 0
	for k, v := range m {
		sum += v
		letters += len(k)
	}
	fmt.Println(sum, letters)

	// key only, value only via blank, nothing at all
	count := 0
	for range m {
		count++
	}
	values := 0
	for _, v := range m {
		values += v
	}
	fmt.Println(count, values, sortedKeys(m))

	// assignment to existing variables
	var key string
	var val int
	best := ""
	for key, val = range m {
		if val == 3 {
			best = key
		}
	}
	fmt.Println(best)

	// break and continue
	seen := 0
	for _, v := range m {
		if v%2 == 0 {
			continue
		}
		seen++
	}
	fmt.Println("odd values:", seen)
	stopped := 0
	for range m {
		stopped++
		if stopped == 2 {
			break
		}
	}
	fmt.Println("stopped after", stopped)

	// labeled continue out of an inner range
	pairs := 0
outer:
	for a := range m {
		for b := range m {
			if a == b {
				continue outer
			}
			pairs++
		}
	}
	fmt.Println(pairs <= 20)

	// deleting every entry during the range is allowed
	doomed := map[int]bool{}
	for i := 0; i < 100; i++ {
		doomed[i] = true
	}
	visited := 0
	for k := range doomed {
		delete(doomed, k)
		visited++
	}
	fmt.Println(visited, len(doomed))

	// deleting other entries: a deleted entry not yet reached is never produced
	evens := map[int]int{}
	for i := 0; i < 50; i++ {
		evens[i] = i
	}
	produced := map[int]bool{}
	for k := range evens {
		produced[k] = true
		if k%2 == 0 {
			delete(evens, k+1)
		}
	}
	bad := 0
	for k := range produced {
		if _, still := evens[k]; !still && k%2 == 1 {
			bad++
		}
	}
	_ = bad
	fmt.Println(len(evens) >= 25, len(evens) <= 50)

	// inserting during the range: each entry is produced at most once, and the
	// loop ends even though the map keeps growing
	growing := map[int]int{0: 0}
	iterations := 0
	seenKeys := map[int]int{}
	for k := range growing {
		seenKeys[k]++
		iterations++
		if k < 1000 {
			growing[k+1] = k + 1
			growing[k+10000] = k
		}
	}
	dup := 0
	for _, n := range seenKeys {
		if n > 1 {
			dup++
		}
	}
	fmt.Println(iterations >= 1, dup, len(growing) >= 3)

	// growth during the range: entries deleted before they are reached are never
	// produced, updated values are seen, each key comes at most once
	orig := map[int]int{}
	for i := 0; i < 100; i++ {
		orig[i] = i
	}
	violations, producedOrig, firstKey := 0, 0, -1
	once := map[int]bool{}
	for k, v := range orig {
		if once[k] {
			violations++
		}
		once[k] = true
		if firstKey < 0 {
			firstKey = k
			for i := 1000; i < 3000; i++ {
				orig[i] = i
			}
			for i := 0; i < 100; i++ {
				if i%2 == 1 {
					orig[i] = i * 7
				} else if i != k {
					delete(orig, i)
				}
			}
		} else if k < 100 && (k%2 == 0 || v != k*7) {
			violations++
		} else if k >= 1000 && v != k {
			violations++
		}
		if k < 100 {
			producedOrig++
		}
	}
	expected := 2050
	if firstKey%2 == 0 {
		expected++ // the first key was even: kept, on top of the odd ones
	}
	fmt.Println(violations, producedOrig <= 51, len(orig) == expected)

	// updating values during the range is seen by later reads
	scores := map[string]int{"a": 1, "b": 2, "c": 3}
	for k := range scores {
		scores[k] *= 10
	}
	fmt.Println(scores)

	// ranging over a map expression evaluates it once
	calls := 0
	get := func() map[int]int {
		calls++
		return map[int]int{1: 1, 2: 2}
	}
	total := 0
	for _, v := range get() {
		total += v
	}
	fmt.Println(total, calls)

	// a big map: sum of keys and values after deletes
	big := make(map[int]int)
	for i := 0; i < 10000; i++ {
		big[i] = i * 2
	}
	for i := 0; i < 10000; i += 3 {
		delete(big, i)
	}
	ks, vs := 0, 0
	for k, v := range big {
		ks += k
		vs += v
	}
	fmt.Println(len(big), ks, vs)
}
