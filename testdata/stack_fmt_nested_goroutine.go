// fmt.Sprint of a deeply nested []interface{} in one goroutine while another
// goroutine keeps a large local array: the printer's recursion must neither
// overflow into the other goroutine's stack nor fail.
package main

import "fmt"

func nest(depth int) interface{} {
	var v interface{} = 7
	for i := 0; i < depth; i++ {
		v = []interface{}{v}
	}
	return v
}

func count(s string, b byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			n++
		}
	}
	return n
}

func keeper(ready, release, done chan int) {
	var local [1024]int
	for i := range local {
		local[i] = i
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
		go func(depth int) { results <- fmt.Sprint(nest(depth)) }(1280 + i)
		s := <-results
		fmt.Println(len(s), count(s, '['), s[1270:1290])
	}
	close(release)
	for i := 0; i < 4; i++ {
		fmt.Println(<-done)
	}
	// deeper still, on a goroutine that does nothing else
	go func() { results <- fmt.Sprintf("%v", nest(20000)) }()
	s := <-results
	fmt.Println(len(s), count(s, ']'))
}
