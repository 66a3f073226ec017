package sync

import "sync/atomic"

// Mutex's state word: mutexLocked | mutexWoken | sleepers*mutexWaiter. A locker takes
// a free mutex at once, even past sleepers (under contention the running goroutine
// keeps going instead of switching to a sleeper at every Lock), spins while the
// runtime says spinning may pay, then counts itself a sleeper and waits on sema.
// Unlock wakes one sleeper only when nobody holds the lock or is already awake to
// take it; the woken one competes again, queued first if it must sleep again.
const (
	mutexLocked = 1
	mutexWoken  = 2 // a waiter is awake and trying: Unlock need not wake another
	mutexWaiter = 4
)

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex. A Mutex
// must not be copied after first use.
type Mutex struct {
	state int32
	sema  uint32
}

// Lock locks m, waiting until it is available.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, mutexLocked) {
		return
	}
	m.lockSlow()
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	old := atomic.LoadInt32(&m.state)
	if old&mutexLocked != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked)
}

func (m *Mutex) lockSlow() {
	round := 0
	awake, slept := false, false
	for {
		old := atomic.LoadInt32(&m.state)
		if old&mutexLocked != 0 && canSpin(round) {
			// tell Unlock a waiter is already awake, so it wakes nobody
			if !awake && old&mutexWoken == 0 && old >= mutexWaiter &&
				atomic.CompareAndSwapInt32(&m.state, old, old|mutexWoken) {
				awake = true
			}
			doSpin()
			round++
			continue
		}
		next := old | mutexLocked
		if old&mutexLocked != 0 {
			next += mutexWaiter
		}
		if awake {
			next &^= mutexWoken
		}
		if !atomic.CompareAndSwapInt32(&m.state, old, next) {
			continue
		}
		if old&mutexLocked == 0 {
			return // it was free: ours
		}
		semacquire(&m.sema, slept)
		slept, awake = true, true
		round = 0
	}
}

// Unlock unlocks m; unlocking an unlocked mutex is a fatal error. A locked Mutex is
// not tied to a goroutine: one may lock it and another unlock it.
func (m *Mutex) Unlock() {
	state := atomic.AddInt32(&m.state, -mutexLocked)
	if state != 0 {
		m.unlockSlow(state)
	}
}

func (m *Mutex) unlockSlow(state int32) {
	if (state+mutexLocked)&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	for state >= mutexWaiter && state&(mutexLocked|mutexWoken) == 0 {
		if atomic.CompareAndSwapInt32(&m.state, state, (state-mutexWaiter)|mutexWoken) {
			semrelease(&m.sema, false)
			return
		}
		state = atomic.LoadInt32(&m.state)
	}
}
