package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.v[key]++
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.v[key]
}

type Stats struct {
	sync.RWMutex
	hits map[string]int
}

func (s *Stats) Get(k string) int {
	s.RLock()
	defer s.RUnlock()
	return s.hits[k]
}

func (s *Stats) Add(k string) {
	s.Lock()
	s.hits[k]++
	s.Unlock()
}

func main() {
	c := SafeCounter{v: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc("key")
			}
		}()
	}
	wg.Wait()
	fmt.Println("mutex:", c.Value("key"))

	s := &Stats{hits: map[string]int{}}
	var readers int64
	for i := 0; i < 20; i++ {
		wg.Add(2)
		go func(i int) {
			defer wg.Done()
			s.Add(fmt.Sprint(i % 3))
		}(i)
		go func() {
			defer wg.Done()
			s.Get("0")
			atomic.AddInt64(&readers, 1)
		}()
	}
	wg.Wait()
	fmt.Println("rwmutex:", s.Get("0"), s.Get("1"), s.Get("2"), atomic.LoadInt64(&readers))

	var n32 int32
	var u32 uint32
	var u64 uint64
	var plain int64
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				atomic.AddInt32(&n32, 1)
				atomic.AddUint32(&u32, 2)
				atomic.AddUint64(&u64, 3)
				for {
					old := atomic.LoadInt64(&plain)
					if atomic.CompareAndSwapInt64(&plain, old, old+1) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("atomic:", atomic.LoadInt32(&n32), atomic.LoadUint32(&u32), atomic.LoadUint64(&u64), plain)
	atomic.StoreInt32(&n32, -5)
	fmt.Println(n32, atomic.CompareAndSwapUint32(&u32, 1, 2), atomic.SwapUint64(&u64, 7), u64)
}
