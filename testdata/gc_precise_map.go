// A map's slots are scanned only at their pointer words: a value that is an
// integer holding a heap address keeps nothing alive (before map slot arrays
// had pointer masks, they were scanned whole and kept the array).
package main

import (
	"fmt"
	"runtime"
)

const bigSize = 64 << 20

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

func main() {
	addresses := make(map[string]uint64)
	done := make(chan bool)
	// made on another goroutine, so that no stale slot of main's stack (which
	// is scanned conservatively) remembers the array
	go func() {
		big := make([]byte, bigSize)
		text := fmt.Sprintf("%p", &big[0])
		addresses["big"] = parseHex(text[2:])
		done <- true
	}()
	<-done
	freed := false
	for try := 0; try < 100 && !freed; try++ {
		runtime.Gosched()
		freed = heapMB() < bigSize>>20/2
	}
	fmt.Println("entries:", len(addresses), "big array freed:", freed)
}
