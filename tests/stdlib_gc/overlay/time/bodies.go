// The functions stdlib/time declares without a body, which minigo's runtime
// supplies, written over gc's runtime for tests/stdlib_gc.py: its clocks
// and timers, reached as gc's own package time reaches them (by link name).
// minigo never compiles this file.
package time

import (
	_ "unsafe" // for go:linkname
)

//go:linkname runtimeNano runtime.nanotime
func runtimeNano() int64

//go:linkname now time.now
func now() (sec int64, nsec int32, mono int64)

func unixNano() int64 {
	sec, nsec, _ := now()
	return sec*1e9 + int64(nsec)
}

// Sleep pauses the goroutine for at least d.
//
//go:linkname Sleep time.Sleep
func Sleep(d Duration)

var timerLocal *Location

func registerTimeValues(local *Location, startNano int64) { timerLocal = local }

// gcTimer is gc 1.19's runtime timer (runtime/time.go's timer), field for field.
type gcTimer struct {
	pp       uintptr
	when     int64
	period   int64
	f        func(interface{}, uintptr)
	arg      interface{}
	seq      uintptr
	nextwhen int64
	status   uint32
}

//go:linkname gcStartTimer time.startTimer
func gcStartTimer(*gcTimer)

//go:linkname gcStopTimer time.stopTimer
func gcStopTimer(*gcTimer) bool

//go:linkname gcResetTimer time.resetTimer
func gcResetTimer(*gcTimer, int64) bool

//go:linkname gcModTimer time.modTimer
func gcModTimer(t *gcTimer, when, period int64, f func(interface{}, uintptr), arg interface{}, seq uintptr)

// the gc timer behind each of ours (a runtimeTimer is never dereferenced)
var timers = map[*runtimeTimer]*gcTimer{}
var timersLock = make(chan bool, 1)

func register(t *gcTimer) *runtimeTimer {
	r := &runtimeTimer{}
	timersLock <- true
	timers[r] = t
	<-timersLock
	return r
}

func lookupTimer(r *runtimeTimer) *gcTimer {
	timersLock <- true
	t := timers[r]
	<-timersLock
	return t
}

func sendTime(c interface{}, seq uintptr) {
	t := Now()
	t.loc = timerLocal
	select {
	case c.(chan Time) <- t:
	default:
	}
}

func goFunc(f interface{}, seq uintptr) {
	go f.(func())()
}

func startChannelTimer(c chan Time, when int64, period int64) *runtimeTimer {
	t := &gcTimer{when: when, period: period, f: sendTime, arg: c}
	gcStartTimer(t)
	return register(t)
}

func startFuncTimer(f func(), when int64, period int64) *runtimeTimer {
	t := &gcTimer{when: when, period: period, f: goFunc, arg: f}
	gcStartTimer(t)
	return register(t)
}

func stopTimer(r *runtimeTimer) bool {
	return gcStopTimer(lookupTimer(r))
}

func resetTimer(r *runtimeTimer, when int64, period int64) bool {
	t := lookupTimer(r)
	if period == 0 {
		return gcResetTimer(t, when)
	}
	pending := gcStopTimer(t)
	gcModTimer(t, when, period, t.f, t.arg, t.seq)
	return pending
}
