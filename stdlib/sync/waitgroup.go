package sync

import "sync/atomic"

// A WaitGroup waits for a collection of goroutines to finish: Add sets the number
// to wait for, each calls Done when it finishes, Wait blocks until all have. A
// WaitGroup must not be copied after first use.
//
// state is counter<<32 | waiters; when the counter reaches zero with waiters, Add
// resets the word and releases each waiter once on sema.
type WaitGroup struct {
	noCopy noCopy
	state  uint64
	sema   uint32
}

// Add adds delta, which may be negative, to the counter; a negative counter panics.
func (wg *WaitGroup) Add(delta int) {
	state := atomic.AddUint64(&wg.state, uint64(delta)<<32)
	counter := int32(state >> 32)
	waiters := uint32(state)
	if counter < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if counter > 0 || waiters == 0 {
		return
	}
	atomic.StoreUint64(&wg.state, 0)
	for ; waiters > 0; waiters-- {
		semrelease(&wg.sema, false)
	}
}

// Done decrements the counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the counter is zero.
func (wg *WaitGroup) Wait() {
	for {
		state := atomic.LoadUint64(&wg.state)
		if state>>32 == 0 {
			return
		}
		if atomic.CompareAndSwapUint64(&wg.state, state, state+1) {
			semacquire(&wg.sema, false)
			return
		}
	}
}
