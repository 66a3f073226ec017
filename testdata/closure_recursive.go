package main

import "fmt"

// Recursion through variables: a func variable declared first and assigned a literal
// that calls it, mutual recursion between two such variables, and a memoised
// recursion whose cache the closure captures.

type visitor func(n int, depth int) int

func main() {
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))

	var isEven, isOdd func(int) bool
	isEven = func(n int) bool {
		if n == 0 {
			return true
		}
		return isOdd(n - 1)
	}
	isOdd = func(n int) bool {
		if n == 0 {
			return false
		}
		return isEven(n - 1)
	}
	fmt.Println(isEven(10), isOdd(7), isEven(7))

	memo := make([]int, 91)
	calls := 0
	var fib func(int) int
	fib = func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		if memo[n] != 0 {
			return memo[n]
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(90), calls)

	// Ackermann through a named func type
	var ack func(m, n int) int
	ack = func(m, n int) int {
		switch {
		case m == 0:
			return n + 1
		case n == 0:
			return ack(m-1, 1)
		}
		return ack(m-1, ack(m, n-1))
	}
	fmt.Println(ack(2, 3), ack(3, 3))

	// a tree walk with a visitor
	tree := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	var walk func(index int, depth int, visit visitor) int
	walk = func(index int, depth int, visit visitor) int {
		if index >= len(tree) {
			return 0
		}
		sum := visit(tree[index], depth)
		sum += walk(2*index+1, depth+1, visit)
		sum += walk(2*index+2, depth+1, visit)
		return sum
	}
	weighted := walk(0, 0, func(n, depth int) int { return n * (depth + 1) })
	fmt.Println("weighted:", weighted)

	// permutations by a recursive closure appending to a captured slice
	var result []string
	var permute func(prefix string, rest string)
	permute = func(prefix, rest string) {
		if rest == "" {
			result = append(result, prefix)
			return
		}
		for i := 0; i < len(rest); i++ {
			permute(prefix+rest[i:i+1], rest[:i]+rest[i+1:])
		}
	}
	permute("", "abc")
	fmt.Println(result)

	// Y-combinator style: a function that receives itself
	type self func(self, int) int
	sumTo := func(f self, n int) int {
		if n == 0 {
			return 0
		}
		return n + f(f, n-1)
	}
	fmt.Println(sumTo(sumTo, 100))
}
