// runtime.SetFinalizer: a finalizer runs once, on its own goroutine, after a
// collection finds its object unreachable; one removed with SetFinalizer(p, nil)
// never runs; an object still reachable is not finalized; KeepAlive keeps an
// object reachable up to the call; runtime.NumGoroutine leaves the finalizer
// goroutine out.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type resource struct {
	name string
	data []int
}

type named interface{ Name() string }

func (r *resource) Name() string { return r.name }

var finalized = make(chan string, 10)

func open(name string) *resource {
	return &resource{name: name, data: make([]int, 100)}
}

// wait collects until n finalizers have reported (or the time is up)
func wait(n int, limit time.Duration) []string {
	var names []string
	start := time.Now()
	for len(names) < n && time.Since(start) < limit {
		runtime.GC()
		select {
		case name := <-finalized:
			names = append(names, name)
		case <-time.After(10 * time.Millisecond):
		}
	}
	return names
}

func makeGarbage() {
	r := open("plain")
	runtime.SetFinalizer(r, func(r *resource) { finalized <- "finalized " + r.name })
	s := open("as interface")
	runtime.SetFinalizer(s, func(x named) { finalized <- "finalized " + x.Name() })
	t := open("as any")
	runtime.SetFinalizer(t, func(x interface{}) { finalized <- "finalized " + x.(*resource).name })
	u := open("removed")
	runtime.SetFinalizer(u, func(r *resource) { finalized <- "finalized " + r.name })
	runtime.SetFinalizer(u, nil)
}

var kept *resource

func main() {
	// made on another goroutine, so no stale slot of main's stack (scanned
	// conservatively) holds them; that goroutine has ended once done is closed
	// and it is gone
	done := make(chan bool)
	go func() {
		makeGarbage()
		close(done)
	}()
	<-done
	kept = open("kept")
	runtime.SetFinalizer(kept, func(r *resource) { finalized <- "finalized " + r.name })
	names := wait(3, time.Second)
	seen := map[string]bool{}
	for _, name := range names {
		seen[name] = true
	}
	fmt.Println(len(names), seen["finalized plain"], seen["finalized as interface"], seen["finalized as any"])
	// nothing else comes: "removed" had its finalizer taken away, "kept" is live
	extra := wait(1, 200*time.Millisecond)
	fmt.Println("extra:", extra)
	runtime.KeepAlive(kept)
	// the finalizer goroutine is not counted while it waits
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
