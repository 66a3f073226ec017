package main

import "fmt"

// Go randomises map iteration order on every range; programs must not depend
// on it.  This checks that the order does change from one range to the next.
func main() {
	m := map[int]string{}
	for i := 0; i < 20; i++ {
		m[i] = fmt.Sprint(i)
	}
	firsts := map[int]bool{}
	orders := map[string]bool{}
	for round := 0; round < 200; round++ {
		first := -1
		order := ""
		for k := range m {
			if first < 0 {
				first = k
			}
			order += m[k] + ","
		}
		firsts[first] = true
		orders[order] = true
	}
	fmt.Println("different first keys:", len(firsts) > 3)
	fmt.Println("different orders:", len(orders) > 10)

	small := map[string]int{"a": 1, "b": 2, "c": 3}
	seenFirst := map[string]bool{}
	for round := 0; round < 100; round++ {
		for k := range small {
			seenFirst[k] = true
			break
		}
	}
	fmt.Println("every key comes first sometimes:", len(seenFirst) == 3)
}
