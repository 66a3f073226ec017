package main

import "fmt"

// Labeled break and continue out of nested loops, switches inside loops, and goto.

func findPair(grid [][]int, target int) (int, int, bool) {
	var row, col int
	found := false
search:
	for r, line := range grid {
		for c, v := range line {
			if v == target {
				row, col, found = r, c, true
				break search
			}
		}
	}
	return row, col, found
}

func primesBelow(n int) []int {
	var primes []int
outer:
	for candidate := 2; candidate < n; candidate++ {
		for _, p := range primes {
			if p*p > candidate {
				break
			}
			if candidate%p == 0 {
				continue outer
			}
		}
		primes = append(primes, candidate)
	}
	return primes
}

func classify(values []int) []string {
	var out []string
loop:
	for i, v := range values {
		switch {
		case v < 0:
			out = append(out, "stop")
			break loop
		case v == 0:
			continue loop
		case v%2 == 0:
			out = append(out, fmt.Sprint("even@", i))
			break // leaves the switch only
		default:
			out = append(out, fmt.Sprint("odd@", i))
		}
	}
	return out
}

func gotoLoop(n int) int {
	i, sum := 0, 0
again:
	if i < n {
		sum += i
		i++
		goto again
	}
	return sum
}

func gotoForward(x int) string {
	if x > 10 {
		goto big
	}
	if x < 0 {
		goto negative
	}
	return "small"
big:
	return "big"
negative:
	return "negative"
}

func labeledBlockSkip(values []int) (count int) {
	for _, v := range values {
		if v > 100 {
			goto done
		}
		count++
	}
done:
	return count
}

func nestedLabels() string {
	result := ""
first:
	for i := 0; i < 3; i++ {
	second:
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				if k == 1 {
					continue second
				}
				if j == 2 {
					continue first
				}
				if i == 2 {
					break first
				}
				result += fmt.Sprint(i, j, k, " ")
			}
		}
	}
	return result
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(findPair(grid, 6))
	fmt.Println(findPair(grid, 10))
	fmt.Println(primesBelow(50))
	fmt.Println(classify([]int{1, 2, 0, 3, 4, -1, 5}))
	fmt.Println(gotoLoop(10), gotoForward(50), gotoForward(-3), gotoForward(5))
	fmt.Println(labeledBlockSkip([]int{1, 2, 3, 200, 4}))
	fmt.Println(nestedLabels())
}
