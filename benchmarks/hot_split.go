// The hot-split case of segmented stacks: a loop calling a small function when the
// caller sits so deep that every call crosses a segment boundary.  For every depth
// in a range spanning the first boundary, times a loop of calls made at that depth
// (best of five, against noise) and prints the median and the worst nanoseconds per
// call; their difference is the cost of a call that switches segments.
//
//	python -m minigo build benchmarks/hot_split.go -o /tmp/hot_split && /tmp/hot_split
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

const calls = 20000

// called through a variable, so that no compiler inlines it
var small func(x int) int

func increment(x int) int {
	if x < 0 {
		return small(x + 1)
	}
	return x + 1
}

func loopAt(depth int) int {
	if depth > 0 {
		return loopAt(depth-1) + 1
	}
	sum := 0
	for i := 0; i < calls; i++ {
		sum += small(i)
	}
	return sum
}

func main() {
	small = increment
	maxDepth := 4000
	if len(os.Args) > 1 {
		maxDepth, _ = strconv.Atoi(os.Args[1])
	}
	done := make(chan []float64)
	go func() {
		perCall := make([]float64, 0, maxDepth)
		for depth := 0; depth < maxDepth; depth++ {
			best := 0.0
			for try := 0; try < 5; try++ {
				start := time.Now()
				loopAt(depth)
				ns := float64(time.Since(start).Nanoseconds()) / calls
				if try == 0 || ns < best {
					best = ns
				}
			}
			perCall = append(perCall, best)
		}
		done <- perCall
	}()
	perCall := <-done
	worst, worstDepth := 0.0, 0
	for depth, ns := range perCall {
		if ns > worst {
			worst, worstDepth = ns, depth
		}
	}
	sorted := append([]float64(nil), perCall...)
	for i := 1; i < len(sorted); i++ {
		for j := i; j > 0 && sorted[j] < sorted[j-1]; j-- {
			sorted[j], sorted[j-1] = sorted[j-1], sorted[j]
		}
	}
	fmt.Printf("ns per call: median %.1f, worst %.1f (depth %d)\n", sorted[len(sorted)/2], worst, worstDepth)
}
