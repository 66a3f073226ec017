package main

import (
	"fmt"
	"sync"
)

func ParallelMap[T, U any](xs []T, workers int, f func(T) U) []U {
	out := make([]U, len(xs))
	var wg sync.WaitGroup
	jobs := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				out[i] = f(xs[i])
			}
		}()
	}
	for i := range xs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out
}

type SafeMap[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func (s *SafeMap[K, V]) Store(k K, v V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = make(map[K]V)
	}
	s.m[k] = v
}

func (s *SafeMap[K, V]) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.m)
}

func Merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func Gen[T any](xs ...T) <-chan T {
	c := make(chan T)
	go func() {
		for _, x := range xs {
			c <- x
		}
		close(c)
	}()
	return c
}

func First[T any](a, b <-chan T) T {
	select {
	case v := <-a:
		return v
	case v := <-b:
		return v
	}
}

func main() {
	sq := ParallelMap([]int{1, 2, 3, 4, 5}, 3, func(x int) int { return x * x })
	fmt.Println(sq)
	var sm SafeMap[string, int]
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) { defer wg.Done(); sm.Store(fmt.Sprint(i%7), i) }(i)
	}
	wg.Wait()
	fmt.Println(sm.Len())
	total := 0
	for v := range Merge(Gen(1, 2, 3), Gen(10, 20)) {
		total += v
	}
	fmt.Println(total)
	a := make(chan string, 1)
	a <- "a"
	fmt.Println(First(a, nil))
}
