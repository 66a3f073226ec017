// Package sync provides mutual exclusion locks, wait groups, one-time
// initialisation, condition variables, pools and a concurrent map.
//
// The types are Go over the runtime's semaphores (the functions declared without a
// body below, supplied by minigo/runtime/sema.c); their fast paths are sync/atomic
// operations, which the compiler makes single instructions.
package sync

// semacquire waits until *addr is positive, then decrements it; lifo queues the
// caller first among the waiters (a waiter that already slept once).
func semacquire(addr *uint32, lifo bool)

// semrelease increments *addr and wakes one waiter; handoff gives the unit straight
// to that waiter.
func semrelease(addr *uint32, handoff bool)

// canSpin reports whether a locker in its round-th spin should spin again rather
// than sleep: other Ps are running and this one has nothing else to do.
func canSpin(round int) bool

// doSpin busy-waits for a few dozen pause instructions.
func doSpin()

// fatal ends the program with "fatal error: " and message, as gc's throw: misuse of a
// lock cannot be recovered from.
func fatal(message string)

// noCopy makes `go vet` report copies of the types that hold it.
type noCopy struct{}

// Lock is a no-op that marks noCopy for vet's copylocks check.
func (*noCopy) Lock() {}

// Unlock is a no-op that marks noCopy for vet's copylocks check.
func (*noCopy) Unlock() {}
