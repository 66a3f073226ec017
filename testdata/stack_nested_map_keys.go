// Printing a map whose interface keys nest deeply (fmt sorts the keys, comparing
// them level by level) in a goroutine, next to another goroutine's local array.
package main

import "fmt"

type box [1]interface{}

func nest(depth int, leaf int) interface{} {
	var v interface{} = leaf
	for i := 0; i < depth; i++ {
		v = box{v}
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

func main() {
	ready, release, done := make(chan int), make(chan int), make(chan int)
	go func() {
		var local [1024]int
		for i := range local {
			local[i] = 5 * i
		}
		ready <- 1
		<-release
		sum := 0
		for _, v := range local {
			sum += v
		}
		done <- sum
	}()
	<-ready
	text := make(chan string)
	go func() {
		m := map[interface{}]int{}
		for leaf := 0; leaf < 3; leaf++ {
			m[nest(5000, leaf)] = leaf
		}
		text <- fmt.Sprint(m)
	}()
	s := <-text
	fmt.Println(len(s), count(s, '['), s[len(s)-20:])
	close(release)
	fmt.Println(<-done)
}
