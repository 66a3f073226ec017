// Package signal delivers incoming signals on channels, as Go's os/signal.
//
// The runtime's handler (minigo/runtime/signal.c) only queues a caught
// signal's number; a watcher goroutine, started by the first Notify, waits
// for the next one in internal/syscall.SignalRecv (a blocking read in the
// syscall state, so it holds no P) and sends it, without blocking, to
// every channel Notify registered for it: a channel with no room misses it,
// as under gc. A signal nobody is notified of any longer goes back to its
// default action (SIGINT and SIGTERM then end the process, as gc's do).
package signal

import (
	"context"
	"internal/syscall"
	"os"
	"strings"
	"sync"
)

// handlers records, for each channel, the signals it is notified of, and
// for each signal how many channels want it.
var handlers struct {
	sync.Mutex
	channels map[chan<- os.Signal]*[syscall.NSIG]bool
	wanted   [syscall.NSIG]int
	ignored  [syscall.NSIG]bool
}

var watching sync.Once

func signum(sig os.Signal) int {
	if s, ok := sig.(syscall.Signal); ok && s > 0 && int(s) < syscall.NSIG {
		return int(s)
	}
	return -1
}

// catchable reports whether Notify with no signals listed watches sig:
// not SIGKILL and SIGSTOP (nobody can), nor the faults the runtime turns
// into panics.
func catchable(n int) bool {
	switch syscall.Signal(n) {
	case syscall.SIGKILL, syscall.SIGSTOP, syscall.SIGSEGV, syscall.SIGBUS, syscall.SIGFPE, syscall.SIGILL:
		return false
	}
	return true
}

// Notify makes the package send the signals sig (every signal if none are
// listed) to c, without blocking: c should have room for what it must not
// miss.
func Notify(c chan<- os.Signal, sig ...os.Signal) {
	if c == nil {
		panic("os/signal: Notify using nil channel")
	}
	handlers.Lock()
	defer handlers.Unlock()
	if handlers.channels == nil {
		handlers.channels = make(map[chan<- os.Signal]*[syscall.NSIG]bool)
	}
	set := handlers.channels[c]
	if set == nil {
		set = new([syscall.NSIG]bool)
		handlers.channels[c] = set
	}
	add := func(n int) {
		if n < 0 || set[n] {
			return
		}
		set[n] = true
		handlers.wanted[n]++
		if handlers.wanted[n] == 1 {
			handlers.ignored[n] = false
			syscall.SetSignal(n, syscall.SignalCatch)
		}
	}
	if len(sig) == 0 {
		for n := 1; n < syscall.NSIG; n++ {
			if catchable(n) {
				add(n)
			}
		}
	} else {
		for _, s := range sig {
			add(signum(s))
		}
	}
	watching.Do(func() { go watch() })
}

// Stop makes the package stop sending signals to c. When it returns, no
// more will be sent.
func Stop(c chan<- os.Signal) {
	handlers.Lock()
	defer handlers.Unlock()
	set := handlers.channels[c]
	if set == nil {
		return
	}
	delete(handlers.channels, c)
	for n, on := range set {
		if on {
			release(n)
		}
	}
}

// release drops one channel's wish for signal n, restoring its default
// action when none is left.
func release(n int) {
	handlers.wanted[n]--
	if handlers.wanted[n] == 0 {
		syscall.SetSignal(n, syscall.SignalDefault)
	}
}

// cancel removes every channel's wish for the signals listed (all when
// none are), then sets their action to how.
func cancel(sigs []os.Signal, how int) {
	handlers.Lock()
	defer handlers.Unlock()
	var which [syscall.NSIG]bool
	if len(sigs) == 0 {
		for n := 1; n < syscall.NSIG; n++ {
			which[n] = catchable(n)
		}
	}
	for _, s := range sigs {
		if n := signum(s); n >= 0 {
			which[n] = true
		}
	}
	for n, on := range which {
		if !on {
			continue
		}
		for _, set := range handlers.channels {
			set[n] = false
		}
		handlers.wanted[n] = 0
		handlers.ignored[n] = how == syscall.SignalIgnore
		syscall.SetSignal(n, how)
	}
}

// Ignore makes the process ignore the signals listed (all when none are),
// ending any Notify of them.
func Ignore(sig ...os.Signal) { cancel(sig, syscall.SignalIgnore) }

// Reset undoes Notify and Ignore for the signals listed (all when none
// are): they take their default action again.
func Reset(sig ...os.Signal) { cancel(sig, syscall.SignalDefault) }

// Ignored reports whether sig is being ignored.
func Ignored(sig os.Signal) bool {
	n := signum(sig)
	if n < 0 {
		return false
	}
	handlers.Lock()
	defer handlers.Unlock()
	return handlers.ignored[n] || syscall.SetSignal(n, syscall.SignalQuery) == syscall.SignalIgnore
}

// watch delivers the runtime's caught signals, for ever.
func watch() {
	for {
		n := syscall.SignalRecv()
		if n > 0 && n < syscall.NSIG {
			deliver(n)
		}
	}
}

func deliver(n int) {
	handlers.Lock()
	defer handlers.Unlock()
	for c, set := range handlers.channels {
		if set[n] {
			select {
			case c <- syscall.Signal(n):
			default:
			}
		}
	}
}

// NotifyContext returns a copy of parent that is cancelled when one of the
// signals listed arrives (any signal when none are), when stop is called
// or when parent is done. stop also ends the Notify.
func NotifyContext(parent context.Context, signals ...os.Signal) (ctx context.Context, stop context.CancelFunc) {
	ctx, cancelCtx := context.WithCancel(parent)
	c := &signalCtx{Context: ctx, cancel: cancelCtx, signals: signals, ch: make(chan os.Signal, 1)}
	Notify(c.ch, c.signals...)
	if ctx.Err() == nil {
		go func() {
			select {
			case <-c.ch:
				c.cancel()
			case <-c.Done():
			}
		}()
	}
	return c, c.stop
}

type signalCtx struct {
	context.Context
	cancel  context.CancelFunc
	signals []os.Signal
	ch      chan os.Signal
}

func (c *signalCtx) stop() {
	c.cancel()
	Stop(c.ch)
}

// String describes the context as gc does:
// "signal.NotifyContext(context.Background, [interrupt])", naming the
// parent by the String of the WithCancel context made over it.
func (c *signalCtx) String() string {
	name := "context"
	if s, ok := c.Context.(interface{ String() string }); ok {
		name = strings.TrimSuffix(s.String(), ".WithCancel")
	}
	text := "signal.NotifyContext(" + name
	if len(c.signals) != 0 {
		text += ", ["
		for i, s := range c.signals {
			if i > 0 {
				text += " "
			}
			text += s.String()
		}
		text += "]"
	}
	return text + ")"
}
