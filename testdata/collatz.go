// Collatz sequences: longest chain below a bound, with a memo slice and uint64 arithmetic.
package main

import "fmt"

func steps(n uint64, memo []int) int {
	if n < uint64(len(memo)) && memo[n] != 0 {
		return memo[n]
	}
	var next uint64
	if n%2 == 0 {
		next = n / 2
	} else {
		next = 3*n + 1
	}
	s := steps(next, memo) + 1
	if n < uint64(len(memo)) {
		memo[n] = s
	}
	return s
}

func main() {
	const limit = 100000
	memo := make([]int, limit)
	memo[1] = 1
	best, bestN := 0, uint64(0)
	for n := uint64(1); n < limit; n++ {
		if s := steps(n, memo); s > best {
			best, bestN = s, n
		}
	}
	fmt.Println("longest chain below", limit, "starts at", bestN, "with", best, "terms")
	n := uint64(27)
	peak := n
	line := ""
	for i := 0; n != 1; i++ {
		if i < 15 {
			line += fmt.Sprint(n, " ")
		}
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		if n > peak {
			peak = n
		}
	}
	fmt.Println(line+"...", "peak", peak)
	fmt.Println(memo[27], memo[97], memo[871])
}
