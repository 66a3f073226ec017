package time

import "errors"

// The functions below without a body are minigo's runtime's
// (minigo/runtime/time.c; codegen/bodyless.py makes their bodies): its
// clocks, and its timer heap, which the scheduler serves.

// runtimeNano returns the monotonic clock in nanoseconds.
func runtimeNano() int64

// unixNano returns the wall clock as nanoseconds since January 1, 1970 UTC.
func unixNano() int64

// Sleep pauses the goroutine for at least d; d <= 0 returns at once.
func Sleep(d Duration)

// registerTimeValues tells the runtime what it needs to write the Times its
// timers send as Now makes them: their location (Local) and the monotonic
// clock's origin (startNano).
func registerTimeValues(local *Location, startNano int64)

// runtimeTimer is the runtime's timer record; Go code only holds pointers
// to it.
type runtimeTimer struct {
	opaque int64
}

// startChannelTimer makes the runtime send the current Time on c, without
// blocking, at the monotonic instant when and then every period
// nanoseconds if period > 0.
func startChannelTimer(c chan Time, when int64, period int64) *runtimeTimer

// startFuncTimer makes the runtime start `go f()` at the monotonic instant
// when.
func startFuncTimer(f func(), when int64, period int64) *runtimeTimer

// stopTimer takes the timer out of the runtime's heap: whether it was
// pending.
func stopTimer(t *runtimeTimer) bool

// resetTimer puts the timer back in the runtime's heap for when and
// period: whether it was pending.
func resetTimer(t *runtimeTimer, when int64, period int64) bool

// when returns the monotonic instant d from now, saturated.
func when(d Duration) int64 {
	now := runtimeNano()
	if d <= 0 {
		return now
	}
	t := now + int64(d)
	if t < 0 {
		return 1<<63 - 1
	}
	return t
}

// The Timer type represents a single event: when it expires, the current
// time is sent on C, unless the Timer was made by AfterFunc.
type Timer struct {
	C <-chan Time
	r *runtimeTimer
}

// NewTimer returns a Timer that sends the current time on its channel after
// at least d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	return &Timer{C: c, r: startChannelTimer(c, when(d), 0)}
}

// Stop prevents the Timer from firing: true if that stopped it, false if it
// had already expired or been stopped. Stop does not drain the channel.
func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.r)
}

// Reset makes the Timer expire after d: true if it was still pending.
func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t.r, when(d), 0)
}

// After waits for d to elapse and then sends the current time on the
// returned channel: NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc calls f in its own goroutine after d; the Timer's Stop cancels
// the call.
func AfterFunc(d Duration, f func()) *Timer {
	return &Timer{r: startFuncTimer(f, when(d), 0)}
}

// A Ticker sends the time on its channel C every period. Ticks a slow
// reader misses are dropped.
type Ticker struct {
	C <-chan Time
	r *runtimeTimer
}

// NewTicker returns a Ticker ticking every d; it panics if d <= 0.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic(errors.New("non-positive interval for NewTicker"))
	}
	c := make(chan Time, 1)
	return &Ticker{C: c, r: startChannelTimer(c, when(d), int64(d))}
}

// Stop turns the Ticker off; it does not close the channel.
func (t *Ticker) Stop() {
	if t.r != nil {
		stopTimer(t.r)
	}
}

// Reset stops the Ticker and restarts it with period d; it panics if d <= 0.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.r, when(d), int64(d))
}

// Tick returns a Ticker's channel, for programs that never stop it; nil if
// d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
