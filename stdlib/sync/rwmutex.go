package sync

import "sync/atomic"

// readerCount goes negative by maxReaders while a writer holds or waits for the
// lock; readers arriving then sleep on readerSem, and the writer waits on writerSem
// for the readerWait readers that were inside to leave.
const maxReaders = 1 << 30

// An RWMutex is a reader/writer mutual exclusion lock, held by any number of readers
// or a single writer. The zero value is an unlocked mutex. A writer waiting in Lock
// keeps new readers out, so readers cannot starve it.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	if atomic.AddInt32(&rw.readerCount, 1) < 0 {
		semacquire(&rw.readerSem, false)
	}
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	for {
		count := atomic.LoadInt32(&rw.readerCount)
		if count < 0 {
			return false
		}
		if atomic.CompareAndSwapInt32(&rw.readerCount, count, count+1) {
			return true
		}
	}
}

// RUnlock undoes a single RLock call; it is a fatal error if rw is not locked for
// reading.
func (rw *RWMutex) RUnlock() {
	if after := atomic.AddInt32(&rw.readerCount, -1); after < 0 {
		rw.rUnlockSlow(after)
	}
}

func (rw *RWMutex) rUnlockSlow(after int32) {
	if after+1 == 0 || after+1 == -maxReaders {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	if atomic.AddInt32(&rw.readerWait, -1) == 0 {
		semrelease(&rw.writerSem, false)
	}
}

// Lock locks rw for writing, waiting until no reader or writer holds it.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	inside := atomic.AddInt32(&rw.readerCount, -maxReaders) + maxReaders
	if inside != 0 && atomic.AddInt32(&rw.readerWait, inside) != 0 {
		semacquire(&rw.writerSem, false)
	}
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !atomic.CompareAndSwapInt32(&rw.readerCount, 0, -maxReaders) {
		rw.w.Unlock()
		return false
	}
	return true
}

// Unlock unlocks rw for writing; it is a fatal error if rw is not locked for writing.
func (rw *RWMutex) Unlock() {
	waiting := atomic.AddInt32(&rw.readerCount, maxReaders)
	if waiting >= maxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	for i := int32(0); i < waiting; i++ {
		semrelease(&rw.readerSem, false)
	}
	rw.w.Unlock()
}

// RLocker returns a Locker whose Lock and Unlock are rw's RLock and RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*readLocker)(rw)
}

type readLocker RWMutex

func (r *readLocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *readLocker) Unlock() { (*RWMutex)(r).RUnlock() }
