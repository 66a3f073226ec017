// A heap object's integer words do not keep memory alive, even when they hold
// an address: the collector scans heap objects only where their type has
// pointers.  (Goroutine stacks are scanned conservatively, so the address lives
// only in the heap here.)  Before the collector scanned heap objects by their
// type's pointer mask, it kept the array.
package main

import (
	"fmt"
	"runtime"
)

type holder struct {
	address uint64 // an integer that happens to be a heap address
	count   int
	next    *holder
}

const bigSize = 64 << 20

// bigAddress allocates a big array and keeps only its address, as an integer
func bigAddress() uint64 {
	big := make([]byte, bigSize)
	big[0] = 1
	text := fmt.Sprintf("%p", &big[0])
	return parseHex(text[2:])
}

func newHolder() *holder {
	return &holder{address: bigAddress(), count: 1}
}

func parseHex(text string) uint64 {
	var value uint64
	for _, c := range text {
		digit := uint64(c - '0')
		if c >= 'a' {
			digit = uint64(c-'a') + 10
		}
		value = value*16 + digit
	}
	return value
}

func heapMB() uint64 {
	runtime.GC()
	var stats runtime.MemStats
	runtime.ReadMemStats(&stats)
	return stats.HeapAlloc >> 20
}

// freedSoon: whether the heap drops below half a big array once the goroutine
// that made it has exited, which a few yields let it do
func freedSoon() bool {
	for try := 0; try < 100; try++ {
		runtime.Gosched()
		if heapMB() < bigSize>>20/2 {
			return true
		}
	}
	return false
}

func main() {
	// made on another goroutine, so that no stale slot of main's stack (which
	// is scanned conservatively) remembers the array; that goroutine's stack is
	// no root once it has exited
	made := make(chan *holder)
	go func() { made <- newHolder() }()
	h := <-made
	fmt.Println("holder kept:", h.count, "big array freed:", freedSoon())
	// pointers stored among integers are still found
	chain := h
	for i := 0; i < 1000; i++ {
		chain = &holder{address: uint64(i), count: i, next: chain}
	}
	heapMB()
	total := 0
	for c := chain; c != nil; c = c.next {
		total += c.count
	}
	fmt.Println("chain total:", total)
}
