package main

import (
	"fmt"
	"sync"
)

type Config struct {
	once  sync.Once
	value string
	loads int
}

func (c *Config) Get() string {
	c.once.Do(func() {
		c.loads++
		c.value = "loaded"
	})
	return c.value
}

func main() {
	var wg sync.WaitGroup
	squares := make([]int, 20)
	for i := range squares {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			squares[i] = i * i
		}(i)
	}
	wg.Wait()
	fmt.Println(squares)

	cfg := &Config{}
	var mu sync.Mutex
	got := map[string]int{}
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := cfg.Get()
			mu.Lock()
			got[v]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(got["loaded"], cfg.loads)

	groups := make([]sync.WaitGroup, 3)
	for g := range groups {
		groups[g].Add(g + 1)
		for k := 0; k <= g; k++ {
			go groups[g].Done()
		}
	}
	for g := range groups {
		groups[g].Wait()
	}
	fmt.Println("all groups done")
	var zero sync.WaitGroup
	zero.Wait()
	fmt.Println("zero WaitGroup does not block")
}
