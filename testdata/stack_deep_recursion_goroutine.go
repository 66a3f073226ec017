// Goroutines may recurse as deep as under gc: a million calls deep with a small
// frame, several goroutines at once, and a goroutine that grows deep, returns, and
// grows again (its stack's memory is reused).
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func sumTo(n int, acc int64) int64 {
	if n == 0 {
		return acc
	}
	return sumTo(n-1, acc+int64(n)) + 0*int64(n)
}

func main() {
	done := make(chan int)
	go func() { done <- depth(1000000) }()
	fmt.Println(<-done)
	for i := 0; i < 3; i++ {
		go func(n int) { done <- int(sumTo(n, 0) % 1000003) }(300000 * (i + 1))
	}
	total := 0
	for i := 0; i < 3; i++ {
		total += <-done
	}
	fmt.Println(total)
	for round := 0; round < 5; round++ {
		go func() { done <- depth(200000) + depth(10) }()
		fmt.Println(<-done)
	}
	fmt.Println(depth(1000000))
}
