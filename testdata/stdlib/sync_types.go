package main

import (
	"fmt"
	"sort"
	"sync"
)

func counters() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				mu.Lock()
				total++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("mutex total", total)
	fmt.Println("trylock free", mu.TryLock())
	fmt.Println("trylock held", mu.TryLock())
	mu.Unlock()
}

func readersAndWriters() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	shared := map[int]int{}
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				rw.Lock()
				shared[w*100+i] = i
				rw.Unlock()
				rw.RLock()
				_ = len(shared)
				rw.RUnlock()
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("rwmutex entries", len(shared))
	rw.RLock()
	fmt.Println("tryrlock while read-locked", rw.TryRLock(), "trylock", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("trylock free", rw.TryLock(), "tryrlock while locked", rw.TryRLock())
	rw.Unlock()
	locker := rw.RLocker()
	locker.Lock()
	fmt.Println("through RLocker: trylock", rw.TryLock())
	locker.Unlock()
}

func once() {
	var o sync.Once
	calls := 0
	for i := 0; i < 3; i++ {
		o.Do(func() { calls++ })
	}
	fmt.Println("once calls", calls)
	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered", recover()) }()
		p.Do(func() { panic("first try") })
	}()
	p.Do(func() { fmt.Println("never printed: a panicking f counts as done") })
	fmt.Println("after panic, Do returns")
}

func cond() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := 0
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for ready == 0 {
				c.Wait()
			}
			ready++
			mu.Unlock()
		}()
	}
	mu.Lock()
	ready = 1
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("cond woke all", ready)

	queue := []int{}
	done := make(chan bool)
	go func() {
		mu.Lock()
		for len(queue) < 3 {
			c.Wait()
		}
		fmt.Println("consumer saw", queue)
		mu.Unlock()
		done <- true
	}()
	for i := 1; i <= 3; i++ {
		mu.Lock()
		queue = append(queue, i)
		c.Signal()
		mu.Unlock()
	}
	<-done
	c.Signal() // nobody waits: no effect
}

func pool() {
	made := 0
	p := sync.Pool{New: func() interface{} { made++; return fmt.Sprint("new", made) }}
	fmt.Println(p.Get(), p.Get())
	p.Put("kept")
	fmt.Println(p.Get(), made)
	var empty sync.Pool
	fmt.Println(empty.Get())
	empty.Put(nil)
	fmt.Println(empty.Get())
}

func syncMap() {
	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	v, ok = m.Load("zz")
	fmt.Println(v, ok)
	actual, loaded := m.LoadOrStore("a", 10)
	fmt.Println(actual, loaded)
	actual, loaded = m.LoadOrStore("c", 3)
	fmt.Println(actual, loaded)
	v, loaded = m.LoadAndDelete("b")
	fmt.Println(v, loaded)
	v, loaded = m.LoadAndDelete("b")
	fmt.Println(v, loaded)
	m.Delete("nothing")
	var keys []string
	m.Range(func(k, v interface{}) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		m.Store("added-during-range", 0) // Range may call m's methods
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	count := 0
	m.Range(func(k, v interface{}) bool { count++; return false })
	fmt.Println("stopped after", count)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				m.Store(g*1000+i, i)
			}
		}(g)
	}
	wg.Wait()
	n := 0
	m.Range(func(k, v interface{}) bool { n++; return true })
	fmt.Println("entries", n)
}

func negativeWaitGroup() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	wg.Done()
}

var _ sync.Locker = &sync.Mutex{}

func main() {
	counters()
	readersAndWriters()
	once()
	cond()
	pool()
	syncMap()
	negativeWaitGroup()
}
