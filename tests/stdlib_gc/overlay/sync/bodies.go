// The runtime's half of stdlib/sync (minigo/runtime/sema.c), written over Go's own
// sync for the check with gc (tests/stdlib_gc.py): one lock and condition variable
// for every semaphore, enough for the test programs.

package sync

import (
	gosync "sync"
	"sync/atomic"
	"syscall"
)

var (
	semaphores gosync.Mutex
	released   = gosync.NewCond(&semaphores)
)

func semacquire(addr *uint32, lifo bool) {
	semaphores.Lock()
	for atomic.LoadUint32(addr) == 0 {
		released.Wait()
	}
	atomic.AddUint32(addr, ^uint32(0))
	semaphores.Unlock()
}

func semrelease(addr *uint32, handoff bool) {
	semaphores.Lock()
	atomic.AddUint32(addr, 1)
	released.Broadcast()
	semaphores.Unlock()
}

func canSpin(round int) bool { return false }

func doSpin() {}

// fatal uses Go's syscall: the overlay cannot import stdlib/os, which imports sync.
func fatal(message string) {
	syscall.Write(2, []byte("fatal error: "+message+"\n"))
	syscall.Exit(2)
}
