// A slice whose only pointer in registers could be a strength-reduced one: the loop
// stores into ring[i%live] while allocating, and LLVM's loop strength reduction kept
// ring+8*i (beyond the ring once i >= live) and an offset instead of ring itself; the
// collector scans stacks and registers conservatively and freed the ring and every
// block in it (tests/test_gc.py also runs this under GOGC=1).
package main

import "fmt"

type block struct {
	data [120]int64
}

func main() {
	const live = 20000
	ring := make([]*block, live)
	total := 0
	sum := int64(0)
	for i := 0; total < 60<<20; i++ {
		b := &block{}
		b.data[i%120] = int64(i)
		slot := i % live
		if old := ring[slot]; old != nil {
			sum += old.data[(i-live)%120]
		}
		ring[slot] = b
		total += 1000
	}
	fmt.Println(sum)
}
