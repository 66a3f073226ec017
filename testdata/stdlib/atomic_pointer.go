package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"
)

type config struct {
	name    string
	version int
}

// a lock-free stack over CompareAndSwapPointer
type node struct {
	value int
	next  unsafe.Pointer
}

type stack struct{ head unsafe.Pointer }

func (s *stack) push(v int) {
	n := &node{value: v}
	for {
		old := atomic.LoadPointer(&s.head)
		n.next = old
		if atomic.CompareAndSwapPointer(&s.head, old, unsafe.Pointer(n)) {
			return
		}
	}
}

func (s *stack) pop() (int, bool) {
	for {
		old := atomic.LoadPointer(&s.head)
		if old == nil {
			return 0, false
		}
		n := (*node)(old)
		if atomic.CompareAndSwapPointer(&s.head, old, n.next) {
			return n.value, true
		}
	}
}

func functions() {
	var p unsafe.Pointer
	fmt.Println(atomic.LoadPointer(&p) == nil)
	a := &config{"a", 1}
	b := &config{"b", 2}
	atomic.StorePointer(&p, unsafe.Pointer(a))
	fmt.Println((*config)(atomic.LoadPointer(&p)).name)
	old := atomic.SwapPointer(&p, unsafe.Pointer(b))
	fmt.Println((*config)(old).name, (*config)(p).name)
	fmt.Println(atomic.CompareAndSwapPointer(&p, unsafe.Pointer(a), nil), (*config)(p).name)
	fmt.Println(atomic.CompareAndSwapPointer(&p, unsafe.Pointer(b), unsafe.Pointer(a)), (*config)(p).name)
}

func generic() {
	var current atomic.Pointer[config]
	fmt.Println(current.Load() == nil)
	current.Store(&config{"first", 1})
	fmt.Println(current.Load().name, current.Load().version)
	prev := current.Swap(&config{"second", 2})
	fmt.Println(prev.name, current.Load().name)
	fmt.Println(current.CompareAndSwap(prev, nil), current.Load().name)
	now := current.Load()
	fmt.Println(current.CompareAndSwap(now, &config{"third", 3}), current.Load().name)
	var ints atomic.Pointer[int]
	n := 42
	ints.Store(&n)
	*ints.Load() += 1
	fmt.Println(n, unsafe.Sizeof(ints), unsafe.Sizeof(current))
	fmt.Printf("%T\n", &current)
}

func concurrent() {
	var s stack
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				s.push(g*1000 + i)
			}
		}(g)
	}
	wg.Wait()
	sum, count := 0, 0
	for {
		v, ok := s.pop()
		if !ok {
			break
		}
		sum += v
		count++
	}
	fmt.Println(count, sum)

	var latest atomic.Pointer[config]
	latest.Store(&config{"v", 0})
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				for {
					old := latest.Load()
					next := &config{"v", old.version + 1}
					if latest.CompareAndSwap(old, next) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(latest.Load().version)
}

func main() {
	functions()
	generic()
	concurrent()
}
