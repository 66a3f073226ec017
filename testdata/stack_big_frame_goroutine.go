// A goroutine whose function has a 300 KB local array, and one that calls such a
// function recursively: big frames must get the stack they need.
package main

import "fmt"

func big(seed int) int {
	var local [37500]int64 // 300 KB
	for i := range local {
		local[i] = int64(i * seed)
	}
	sum := int64(0)
	for _, v := range local {
		sum += v % 1000
	}
	return int(sum)
}

func bigRecursive(depth int) int {
	var local [5000]int64 // 40 KB per frame
	for i := range local {
		local[i] = int64(depth + i)
	}
	if depth == 0 {
		return int(local[4999])
	}
	return bigRecursive(depth-1) + int(local[depth%5000]&1)
}

func main() {
	results := make(chan int)
	for i := 1; i <= 3; i++ {
		go func(seed int) { results <- big(seed) }(i)
		fmt.Println(<-results)
	}
	go func() { results <- bigRecursive(100) }()
	fmt.Println(<-results)
}
