// == and map hashing of deeply nested [1]interface{} values in goroutines: the
// runtime's recursive comparison and hashing must stay inside their goroutine's
// stack (growing it as needed) and give the right answers.
package main

import "fmt"

type box [1]interface{}

func nest(depth int, leaf interface{}) interface{} {
	v := leaf
	for i := 0; i < depth; i++ {
		v = box{v}
	}
	return v
}

func keeper(ready, release, done chan int) {
	var local [1024]int
	for i := range local {
		local[i] = 3 * i
	}
	ready <- 1
	<-release
	sum := 0
	for _, v := range local {
		sum += v
	}
	done <- sum
}

func main() {
	ready, release, done := make(chan int), make(chan int), make(chan int)
	for i := 0; i < 4; i++ {
		go keeper(ready, release, done)
	}
	for i := 0; i < 4; i++ {
		<-ready
	}
	results := make(chan string)
	for i := 0; i < 4; i++ {
		go func(depth int) {
			a, b, c := nest(depth, 1), nest(depth, 1), nest(depth, 2)
			m := map[interface{}]int{}
			m[a] = depth
			m[c] = -depth
			results <- fmt.Sprint(a == b, a == c, m[b], m[c], len(m))
		}(3000 + 1000*i)
		fmt.Println(<-results)
	}
	close(release)
	for i := 0; i < 4; i++ {
		fmt.Println(<-done)
	}
}
