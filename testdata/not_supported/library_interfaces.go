package main

// A library type that would satisfy an interface but for a method minigo's lacks: the
// missing method is not supported, not a 'does not implement' or impossible assertion.
//
// want 24:7: sync.Mutex.TryLock not supported yet
// want 26:7: sync.Mutex.TryLock not supported yet
// want 28:18: sync.Mutex.TryLock not supported yet
// want 33:25: sync.Mutex.TryLock not supported yet
// want 35:7: sync.Mutex.TryLock not supported yet
// want 36:54: sync.RWMutex.RLocker not supported yet

import (
	"fmt"
	"sync"
)

type tryLocker interface {
	Lock()
	TryLock() bool
}

func show(l tryLocker) {
	m := l.(*sync.Mutex)
	switch l.(type) {
	case *sync.Mutex, nil:
	}
	_ = []tryLocker{m, nil}
}

func main() {
	var mu sync.Mutex
	var locker tryLocker = &mu
	show(locker)
	show(&mu)
	var readLocker interface{ RLocker() sync.Locker } = &sync.RWMutex{}
	fmt.Println(readLocker != nil)
}
