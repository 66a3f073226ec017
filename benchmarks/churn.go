// churn: the issue-9 churn figure -- 10 GB allocated in 64-byte objects with 51 MB
// live (a ring of 800,000 of them); compare peak RSS with gc: /usr/bin/time -f %M.
package main

import "fmt"

type node struct {
	next *node
	data [56]byte
}

func main() {
	// 51 MB live: a ring of 800k 64-byte nodes; 10 GB allocated in total.
	const live = 800000
	ring := make([]*node, live)
	total := 0
	for i := 0; total < 10<<30; i++ {
		n := &node{}
		n.data[0] = byte(i)
		ring[i%live] = n
		total += 64
	}
	sum := 0
	for _, n := range ring {
		sum += int(n.data[0])
	}
	fmt.Println(len(ring), total, sum)
}
