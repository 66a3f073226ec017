package main

import "fmt"

func generate(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int, 2)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
		close(out)
	}()
	return out
}

type stage func(<-chan int) <-chan int

func main() {
	odd := func(v int) bool { return v%2 == 1 }
	for v := range filter(square(generate(15)), odd) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	stages := []stage{square, square}
	var c <-chan int = generate(5)
	for _, s := range stages {
		c = s(c)
	}
	total := 0
	for v := range c {
		total += v
	}
	fmt.Println("fourth powers:", total)
	v, ok := <-c
	fmt.Println("after close:", v, ok)
}
