package main

// Methods and fields Go's library types have and minigo's lack read as not supported
// (not 'undefined'), as do the package members minigo lacks.
//
// want 20:8: sync.Mutex.TryLock not supported yet
// want 24:5: sync.RWMutex.RLocker not supported yet
// want 25:13: sync.Map not supported yet
// (strconv.NumError and time are Go source in stdlib/ now)

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

func main() {
	var mu sync.Mutex
	if mu.TryLock() {
		mu.Unlock()
	}
	var rw sync.RWMutex
	rw.RLocker().Lock()
	var m sync.Map
	m.Store(1, 2)
	_, err := strconv.Atoi("y")
	var numError *strconv.NumError
	fmt.Println(errors.As(err, &numError), numError.Func)
}
