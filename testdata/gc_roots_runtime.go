// The collector must see live data whose only reference the runtime keeps: a
// blocked goroutine's stack, a buffered channel's buffer, a goroutine asleep
// on a timer, a timer's channel, a goroutine not yet started.  Each is checked after a lot of garbage
// has been made (many collections), so a missed root shows as a wrong sum or a crash.
package main

import (
	"fmt"
	"time"
)

type node struct {
	value int
	next  *node
	pad   [4]int
}

func list(n, seed int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{value: i*7 + seed, next: head}
	}
	return head
}

func sum(head *node) int {
	total := 0
	for ; head != nil; head = head.next {
		total += head.value
	}
	return total
}

var sink []byte

// makes garbage: about megabytes * 1 MB in small and medium objects
func churn(megabytes int) {
	for i := 0; i < megabytes*64; i++ {
		b := make([]byte, 16384)
		b[i%len(b)] = byte(i)
		sink = b
		for j := 0; j < 8; j++ {
			_ = &node{value: j}
		}
	}
	sink = nil
}

func main() {
	// a goroutine whose stack alone holds its list, blocked on a channel
	start := make(chan bool)
	results := make(chan int)
	go func() {
		mine := list(1000, 1)
		<-start
		results <- sum(mine)
	}()

	// lists that only a channel's buffer holds
	buffered := make(chan *node, 8)
	for i := 0; i < 8; i++ {
		buffered <- list(100, i)
	}

	// lists that only sleeping goroutines hold, one asleep in time.Sleep and
	// one waiting on a channel that only the runtime's timer heap holds
	fired := make(chan int)
	go func(l *node) {
		time.Sleep(30 * time.Millisecond)
		fired <- sum(l)
	}(list(500, 3))
	go func(l *node) {
		<-time.After(40 * time.Millisecond)
		fired <- sum(l)
	}(list(300, 5))

	churn(64)
	start <- true
	fmt.Println("goroutine stack:", <-results)
	total := 0
	for i := 0; i < 8; i++ {
		total += sum(<-buffered)
	}
	fmt.Println("channel buffer:", total)
	fmt.Println("timers:", <-fired+<-fired)

	// goroutines started but not yet run hold their arguments in the runtime
	done := make(chan int, 100)
	for i := 0; i < 100; i++ {
		go func(l *node) { done <- sum(l) }(list(50, i))
	}
	churn(16)
	total = 0
	for i := 0; i < 100; i++ {
		total += <-done
	}
	fmt.Println("goroutine arguments:", total)
}
