package sync

import "sync/atomic"

// How Once works, and why it is shaped this way.
//
// The fast path is one atomic load of done: after the first call has finished, every
// Do is that load and a return, cheap enough to put at the top of a hot function.
// The load must be atomic (an acquire, in effect) so that a goroutine seeing done==1
// also sees everything f wrote: the store of 1 happens after f returns, and the
// atomic pair orders f's writes before the reader's later reads.
//
// The slow path takes the mutex. The mutex is what makes the other callers wait for
// the first f to finish, rather than return early: a caller that finds done==0 must
// not return before f has run to the end, or it would use what f has not yet
// initialised. Setting done with a compare-and-swap and then calling f would be
// wrong for that reason: the losers of the swap would return at once.
//
// Under the mutex done is read again, plainly (the mutex orders it), since another
// goroutine may have finished f between our fast-path load and our Lock.
//
// done is set by a deferred store, so it is set however f leaves: by returning, or by
// panicking. A panicking f therefore counts as done, as in gc: a later Do does not
// call f again, and nothing deadlocks, since the mutex is released by its own
// deferred Unlock as the panic unwinds through doSlow. The order of the two defers
// matters: done is stored before the mutex is released, so a goroutine that wakes
// on the mutex finds done==1 and returns without calling f.
//
// f may not call Do on the same Once: it would wait for the mutex its own caller
// holds, which is a deadlock, as in gc (with every goroutine asleep the runtime
// reports it; with others running, the caller simply never returns).
//
// Once is the tool for lazy initialisation shared by goroutines:
//
//	var (
//		configOnce Once
//		config     map[string]string
//	)
//
//	func Config() map[string]string {
//		configOnce.Do(func() { config = load() })
//		return config
//	}
//
// The two functions are kept apart so that Do stays small enough to inline into
// its callers, leaving only the load and a compare in them; the defers live in doSlow.
//
// Their lines are placed where gc's once.go has them (Do's call of doSlow on line
// 65, doSlow's call of f on line 74): a panic inside f prints these two frames,
// testdata goldens record gc's traceback frames, and minigo's traceback must list
// a subsequence of them.

// Once is an object that will perform exactly one action. A Once must not be copied
// after first use.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time for this Once;
// every other call returns once the first f has returned. If f panics, Do considers
// it returned: later calls return without calling f.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer atomic.StoreUint32(&o.done, 1)
		f()
	}
}
