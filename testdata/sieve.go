// Sieve of Eratosthenes with a bool slice and with a fixed array; prime gaps and twin primes.
package main

import "fmt"

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func main() {
	primes := sieve(100)
	fmt.Println("count below 100:", len(primes))
	for i, p := range primes {
		fmt.Printf("%4d", p)
		if (i+1)%10 == 0 {
			fmt.Println()
		}
	}
	fmt.Println()
	big := sieve(200000)
	fmt.Println("count below 200000:", len(big), "largest:", big[len(big)-1])
	maxGap, at := 0, 0
	twins := 0
	for i := 1; i < len(big); i++ {
		gap := big[i] - big[i-1]
		if gap > maxGap {
			maxGap, at = gap, big[i-1]
		}
		if gap == 2 {
			twins++
		}
	}
	fmt.Println("max gap", maxGap, "after", at, "twin pairs", twins)
	var marks [1000]bool
	count := 0
	for i := 2; i < len(marks); i++ {
		if !marks[i] {
			count++
			for j := i + i; j < len(marks); j += i {
				marks[j] = true
			}
		}
	}
	fmt.Println("array sieve count below 1000:", count)
	sum := 0
	for _, p := range big[:1000] {
		sum += p
	}
	fmt.Println("sum of first 1000 primes:", sum)
}
