package main

import (
	"fmt"
	"sync"
)

func producer(id, n int) <-chan string {
	out := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			out <- fmt.Sprintf("p%d-%d", id, i)
		}
		close(out)
	}()
	return out
}

func merge(inputs ...<-chan string) <-chan string {
	var wg sync.WaitGroup
	out := make(chan string)
	wg.Add(len(inputs))
	for _, in := range inputs {
		go func(in <-chan string) {
			defer wg.Done()
			for s := range in {
				out <- s
			}
		}(in)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func fanInSelect(a, b <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for a != nil || b != nil {
			select {
			case s, ok := <-a:
				if !ok {
					a = nil
					continue
				}
				out <- s
			case s, ok := <-b:
				if !ok {
					b = nil
					continue
				}
				out <- s
			}
		}
	}()
	return out
}

func main() {
	counts := map[byte]int{}
	total := 0
	for s := range merge(producer(1, 5), producer(2, 7), producer(3, 3)) {
		counts[s[1]]++
		total++
	}
	fmt.Println(total, counts['1'], counts['2'], counts['3'])
	got := 0
	for range fanInSelect(producer(4, 10), producer(5, 20)) {
		got++
	}
	fmt.Println("select fan-in:", got)
}
