package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type point struct{ x, y int }

func functions() {
	var i32 int32
	var i64 int64
	var u32 uint32
	var u64 uint64
	var uptr uintptr
	fmt.Println(atomic.AddInt32(&i32, -5), atomic.AddInt64(&i64, 1<<40), atomic.AddUint32(&u32, ^uint32(0)),
		atomic.AddUint64(&u64, 7), atomic.AddUintptr(&uptr, 9))
	atomic.StoreInt32(&i32, 11)
	atomic.StoreInt64(&i64, -12)
	atomic.StoreUint32(&u32, 13)
	atomic.StoreUint64(&u64, 1<<63)
	atomic.StoreUintptr(&uptr, 15)
	fmt.Println(atomic.LoadInt32(&i32), atomic.LoadInt64(&i64), atomic.LoadUint32(&u32),
		atomic.LoadUint64(&u64), atomic.LoadUintptr(&uptr))
	fmt.Println(atomic.SwapInt32(&i32, 1), atomic.SwapInt64(&i64, 2), atomic.SwapUint32(&u32, 3),
		atomic.SwapUint64(&u64, 4), atomic.SwapUintptr(&uptr, 5))
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 1, 10), atomic.CompareAndSwapInt32(&i32, 1, 20), i32)
	fmt.Println(atomic.CompareAndSwapInt64(&i64, 2, 10), atomic.CompareAndSwapInt64(&i64, 2, 20), i64)
	fmt.Println(atomic.CompareAndSwapUint32(&u32, 3, 10), atomic.CompareAndSwapUint32(&u32, 3, 20), u32)
	fmt.Println(atomic.CompareAndSwapUint64(&u64, 4, 10), atomic.CompareAndSwapUint64(&u64, 4, 20), u64)
	fmt.Println(atomic.CompareAndSwapUintptr(&uptr, 5, 10), atomic.CompareAndSwapUintptr(&uptr, 5, 20), uptr)
}

func typed() {
	var b atomic.Bool
	fmt.Println(b.Load(), b.Swap(true), b.Load(), b.CompareAndSwap(false, true), b.CompareAndSwap(true, false), b.Load())
	b.Store(true)
	fmt.Println(b.Load())
	var i32 atomic.Int32
	var i64 atomic.Int64
	var u32 atomic.Uint32
	var u64 atomic.Uint64
	var uptr atomic.Uintptr
	fmt.Println(i32.Add(-3), i64.Add(-4), u32.Add(5), u64.Add(6), uptr.Add(7))
	i32.Store(1)
	i64.Store(2)
	u32.Store(3)
	u64.Store(4)
	uptr.Store(5)
	fmt.Println(i32.Swap(10), i64.Swap(20), u32.Swap(30), u64.Swap(40), uptr.Swap(50))
	fmt.Println(i32.CompareAndSwap(10, 11), i64.CompareAndSwap(0, 21), u32.CompareAndSwap(30, 31),
		u64.CompareAndSwap(0, 41), uptr.CompareAndSwap(50, 51))
	fmt.Println(i32.Load(), i64.Load(), u32.Load(), u64.Load(), uptr.Load())

	var counter atomic.Int64
	var hits uint32
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				counter.Add(2)
				atomic.AddUint32(&hits, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("concurrent", counter.Load(), atomic.LoadUint32(&hits))
}

func catch(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(what, "panics:", r)
		}
	}()
	f()
}

func value() {
	var v atomic.Value
	fmt.Println("empty", v.Load())
	v.Store(point{1, 2})
	fmt.Println(v.Load(), v.Load().(point).y)
	fmt.Println("swap", v.Swap(point{3, 4}), v.Load())
	fmt.Println("cas", v.CompareAndSwap(point{0, 0}, point{5, 6}), v.CompareAndSwap(point{3, 4}, point{5, 6}), v.Load())
	catch("store nil", func() { v.Store(nil) })
	catch("store string", func() { v.Store("text") })
	catch("swap nil", func() { v.Swap(nil) })
	catch("swap int", func() { v.Swap(1) })
	catch("cas nil", func() { v.CompareAndSwap(point{}, nil) })
	catch("cas mixed", func() { v.CompareAndSwap(1, point{}) })
	catch("cas other type", func() { v.CompareAndSwap(1, 2) })

	var fresh atomic.Value
	fmt.Println("cas on empty with old", fresh.CompareAndSwap(1, 2), fresh.Load())
	fmt.Println("cas on empty with nil old", fresh.CompareAndSwap(nil, 2), fresh.Load())
	var swapped atomic.Value
	fmt.Println("swap into empty", swapped.Swap([]int{1}), swapped.Load())
	catch("cas uncomparable", func() { swapped.CompareAndSwap([]int{1}, []int{2}) })

	var config atomic.Value
	config.Store(map[string]int{"version": 0})
	var wg sync.WaitGroup
	for g := 1; g <= 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				current := config.Load().(map[string]int)
				_ = current["version"]
				config.Store(map[string]int{"version": g})
			}
		}(g)
	}
	wg.Wait()
	final := config.Load().(map[string]int)["version"]
	fmt.Println("final version in 1..4:", final >= 1 && final <= 4)
}

func main() {
	functions()
	typed()
	value()
}
