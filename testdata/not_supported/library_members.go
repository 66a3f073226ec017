package main

// Methods and fields Go's library types have and minigo's lack read as not supported
// (not 'undefined'), as do the package members minigo lacks.
//
// want 24:41: time.Duration.Round not supported yet
// want 26:51: time.Time.Year not supported yet
// want 27:25: time.Duration.Truncate not supported yet
// (sync is Go source in stdlib/sync now: Mutex.TryLock,
// RWMutex.RLocker and Map compile, the lines below stay
// so that the positions above keep their numbers)
// (strconv.NumError is Go source in stdlib/strconv now)

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"
)

func main() {
	d := 1500 * time.Millisecond
	fmt.Println(d.Seconds(), d.String(), d.Round(time.Second))
	start := time.Now()
	fmt.Println(time.Since(start) < time.Hour, start.Year() > 2000)
	round := time.Duration.Truncate
	fmt.Println(round(d, time.Second))
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
