package sync

// Cond's waiters queue in arrival order, each on a semaphore of its own: Wait
// enqueues its semaphore before unlocking L, so a Signal or Broadcast made after
// L is unlocked always finds it and cannot be lost; Signal releases the oldest.

// Cond implements a condition variable, a rendezvous point for goroutines waiting
// for or announcing the occurrence of an event. Each Cond has a Locker L, held
// while changing the condition and when calling Wait. A Cond must not be copied
// after first use.
type Cond struct {
	noCopy noCopy

	// L is held while observing or changing the condition
	L Locker

	queue   Mutex
	waiters []*uint32
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends the calling goroutine; after a Signal or
// Broadcast wakes it, Wait locks c.L again before returning. Since the condition
// may have changed meanwhile, callers wait in a loop.
func (c *Cond) Wait() {
	ticket := new(uint32)
	c.queue.Lock()
	c.waiters = append(c.waiters, ticket)
	c.queue.Unlock()
	c.L.Unlock()
	semacquire(ticket, false)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	c.queue.Lock()
	if len(c.waiters) == 0 {
		c.queue.Unlock()
		return
	}
	ticket := c.waiters[0]
	c.waiters[0] = nil
	c.waiters = c.waiters[1:]
	c.queue.Unlock()
	semrelease(ticket, false)
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.queue.Lock()
	waiting := c.waiters
	c.waiters = nil
	c.queue.Unlock()
	for _, ticket := range waiting {
		semrelease(ticket, false)
	}
}
