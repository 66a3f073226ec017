package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	hits   atomic.Int64
	misses atomic.Uint32
}

func main() {
	var s Stats
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 500; j++ {
				if j%5 == 0 {
					s.misses.Add(1)
				} else {
					s.hits.Add(2)
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(s.hits.Load(), s.misses.Load())
	var n atomic.Int32
	n.Store(10)
	fmt.Println(n.CompareAndSwap(10, 20), n.CompareAndSwap(10, 30), n.Swap(5), n.Load())
	p := &atomic.Uint64{}
	p.Add(^uint64(0))
	fmt.Println(p.Load())
}
