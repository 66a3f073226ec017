// Allocates over 300 MB in total while never keeping more than a few megabytes
// alive: with a collector that frees and reuses memory this runs in a small,
// bounded amount of memory (tests/test_gc.py checks the peak RSS).
package main

import "fmt"

type record struct {
	id    int
	name  string
	links []*record
}

func main() {
	live := make([]*record, 1024)
	checksum := 0
	for round := 0; round < 2000; round++ {
		for i := range live {
			r := &record{id: round*1024 + i, name: fmt.Sprint(i)}
			r.links = make([]*record, 4)
			if i > 0 {
				r.links[0] = live[i/2] // of this round: nothing older stays reachable
			}
			live[i] = r
		}
		big := make([]byte, 64*1024) // every page written: untouched pages cost nothing
		for j := range big {
			big[j] = byte(j + round)
		}
		checksum += int(big[round%len(big)]) + live[round%len(live)].id
	}
	fmt.Println("checksum:", checksum)
}
