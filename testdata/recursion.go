// Recursion: factorial, Fibonacci, Ackermann, Hanoi, mutual recursion and recursive string building.
package main

import "fmt"

func fact(n uint64) uint64 {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func ackermann(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

var moves int

func hanoi(n int, from, to, via string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to)
	moves++
	if n >= 3 {
		fmt.Printf("move disk %d %s->%s\n", n, from, to)
	}
	hanoi(n-1, via, to, from)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func binary(n int) string {
	if n < 2 {
		return string(rune('0' + n))
	}
	return binary(n/2) + string(rune('0'+n%2))
}

func sumDigits(n int) int {
	if n < 10 {
		return n
	}
	return n%10 + sumDigits(n/10)
}

func power(base, exp int) int {
	if exp == 0 {
		return 1
	}
	half := power(base, exp/2)
	if exp%2 == 0 {
		return half * half
	}
	return half * half * base
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func main() {
	for i := uint64(0); i <= 20; i += 5 {
		fmt.Println("fact", i, fact(i))
	}
	fmt.Println("fact 25 wraps:", fact(25))
	for i := 0; i <= 25; i += 5 {
		fmt.Print(fib(i), " ")
	}
	fmt.Println()
	fmt.Println("ackermann", ackermann(2, 3), ackermann(3, 3))
	hanoi(5, "A", "C", "B")
	fmt.Println("moves", moves)
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	fmt.Println(binary(0), binary(5), binary(255), binary(1024))
	fmt.Println(sumDigits(987654321))
	fmt.Println(power(2, 30), power(3, 13), power(7, 0))
	fmt.Println(depth(10000))
}
