// Package context defines the Context type, which carries deadlines, cancellation
// signals and request-scoped values across API boundaries and between goroutines.
//
// The tree of contexts: Background and TODO are roots that are never cancelled.
// WithCancel, WithDeadline and WithTimeout derive a context that is cancelled when
// its cancel function is called, its deadline passes or its parent is cancelled,
// whichever comes first; WithValue derives one that carries a key and its value.
// Cancelling a context cancels every context derived from it: each cancellable
// context knows its cancellable children, and a parent of a kind this package does
// not know is watched by a goroutine.
package context

import (
	"errors"
	"fmt"
	"internal/reflectlite"
	"sync"
	"time"
)

// A Context carries a deadline, a cancellation signal, and other values across API
// boundaries. Its methods may be called by multiple goroutines simultaneously.
type Context interface {
	// Deadline returns the time when work done on behalf of this context should be
	// cancelled; ok is false when no deadline is set.
	Deadline() (deadline time.Time, ok bool)

	// Done returns a channel that is closed when work done on behalf of this context
	// should be cancelled, or nil if this context can never be cancelled.
	Done() <-chan struct{}

	// Err returns nil while Done is not yet closed, then why: Canceled or
	// DeadlineExceeded.
	Err() error

	// Value returns the value associated with this context for key, or nil.
	Value(key interface{}) interface{}
}

// Canceled is the error returned by Context.Err when the context is canceled.
var Canceled = errors.New("context canceled")

// DeadlineExceeded is the error returned by Context.Err when the context's deadline
// passes.
var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

// emptyCtx is a root: never cancelled, no values, no deadline.
type emptyCtx int

func (*emptyCtx) Deadline() (deadline time.Time, ok bool) { return }

func (*emptyCtx) Done() <-chan struct{} { return nil }

func (*emptyCtx) Err() error { return nil }

func (*emptyCtx) Value(key interface{}) interface{} { return nil }

func (e *emptyCtx) String() string {
	if e == background {
		return "context.Background"
	}
	return "context.TODO"
}

var (
	background = new(emptyCtx)
	todo       = new(emptyCtx)
)

// Background returns a non-nil, empty Context. It is never canceled, has no values,
// and has no deadline: the top-level Context of main, init and tests.
func Background() Context { return background }

// TODO returns a non-nil, empty Context, for code where it is unclear which Context
// to use or none is available yet.
func TODO() Context { return todo }

// A CancelFunc tells an operation to abandon its work. It does not wait for the work
// to stop. After the first call, subsequent calls do nothing.
type CancelFunc func()

// WithCancel returns a copy of parent with a new Done channel, closed when the
// returned cancel function is called or when the parent's Done channel is closed,
// whichever happens first. Call cancel as soon as the work is done, to release the
// context's resources.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	c := newCancelCtx(parent)
	propagateCancel(parent, c)
	return c, func() { c.cancel(true, Canceled) }
}

// A canceler is a context that can be canceled directly: *cancelCtx and *timerCtx.
type canceler interface {
	cancel(removeFromParent bool, err error)
	Done() <-chan struct{}
}

// cancelCtxKey is the key under which a cancelCtx returns itself from Value, so that
// a child can find its nearest cancellable ancestor through any valueCtx.
var cancelCtxKey int

// A cancelCtx can be canceled; when it is, it also cancels its children.
type cancelCtx struct {
	Context // the parent

	lock     sync.Mutex
	done     chan struct{}
	children map[canceler]struct{} // nil once canceled
	err      error                 // set, once, by the first cancel
}

func newCancelCtx(parent Context) *cancelCtx {
	return &cancelCtx{Context: parent, done: make(chan struct{})}
}

func (c *cancelCtx) Value(key interface{}) interface{} {
	if key == &cancelCtxKey {
		return c
	}
	return c.Context.Value(key)
}

func (c *cancelCtx) Done() <-chan struct{} { return c.done }

func (c *cancelCtx) Err() error {
	c.lock.Lock()
	defer c.lock.Unlock()
	return c.err
}

func (c *cancelCtx) String() string {
	return contextName(c.Context) + ".WithCancel"
}

// cancel closes done, cancels each child and, if removeFromParent, takes c out of
// its parent's children. Only the first call does anything.
func (c *cancelCtx) cancel(removeFromParent bool, err error) {
	c.lock.Lock()
	if c.err != nil {
		c.lock.Unlock()
		return
	}
	c.err = err
	close(c.done)
	children := c.children
	c.children = nil
	c.lock.Unlock()
	for child := range children {
		child.cancel(false, err) // each child's lock is taken after ours is released
	}
	if removeFromParent {
		removeChild(c.Context, c)
	}
}

// propagateCancel arranges for child to be canceled when parent is.
func propagateCancel(parent Context, child canceler) {
	done := parent.Done()
	if done == nil {
		return // never canceled
	}
	select {
	case <-done:
		child.cancel(false, parent.Err())
		return
	default:
	}
	if p, ok := parentCancelCtx(parent); ok {
		p.lock.Lock()
		if p.err != nil {
			p.lock.Unlock()
			child.cancel(false, p.err)
			return
		}
		if p.children == nil {
			p.children = make(map[canceler]struct{})
		}
		p.children[child] = struct{}{}
		p.lock.Unlock()
		return
	}
	go func() { // a parent of a kind we don't know: watch it
		select {
		case <-parent.Done():
			child.cancel(false, parent.Err())
		case <-child.Done():
		}
	}()
}

// parentCancelCtx returns the cancelCtx whose Done channel parent's is: parent
// itself or an ancestor seen through values. A context type wrapping a cancelCtx but
// giving another Done channel must be watched instead.
func parentCancelCtx(parent Context) (*cancelCtx, bool) {
	done := parent.Done()
	if done == nil {
		return nil, false
	}
	p, ok := parent.Value(&cancelCtxKey).(*cancelCtx)
	if !ok || p.done != done {
		return nil, false
	}
	return p, true
}

// removeChild removes a context from its parent's children.
func removeChild(parent Context, child canceler) {
	p, ok := parentCancelCtx(parent)
	if !ok {
		return
	}
	p.lock.Lock()
	if p.children != nil {
		delete(p.children, child)
	}
	p.lock.Unlock()
}

// WithDeadline returns a copy of parent whose deadline is no later than d: its Done
// channel is closed when d passes, when the returned cancel function is called, or
// when the parent's Done channel is closed, whichever happens first.
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if current, ok := parent.Deadline(); ok && current.Before(d) {
		return WithCancel(parent) // the parent's deadline is sooner
	}
	c := &timerCtx{cancelCtx: newCancelCtx(parent), deadline: d}
	propagateCancel(parent, c)
	remaining := time.Until(d)
	if remaining <= 0 {
		c.cancel(true, DeadlineExceeded) // already past
		return c, func() { c.cancel(false, Canceled) }
	}
	c.lock.Lock()
	defer c.lock.Unlock()
	if c.err == nil {
		// The runtime's timer heap calls this when d passes: no goroutine waits meanwhile.
		c.timer = time.AfterFunc(remaining, func() { c.cancel(true, DeadlineExceeded) })
	}
	return c, func() { c.cancel(true, Canceled) }
}

// WithTimeout returns WithDeadline(parent, time.Now().Add(timeout)).
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithDeadline(parent, time.Now().Add(timeout))
}

// A timerCtx is a cancelCtx with a deadline: its timer's function cancels it when
// the deadline passes; canceling it first stops the timer.
type timerCtx struct {
	*cancelCtx
	timer    *time.Timer // nil once stopped or when the deadline had passed; guarded by lock
	deadline time.Time
}

func (c *timerCtx) Deadline() (deadline time.Time, ok bool) {
	return c.deadline, true
}

func (c *timerCtx) String() string {
	return contextName(c.cancelCtx.Context) + ".WithDeadline(" + c.deadline.String() +
		" [" + time.Until(c.deadline).String() + "])"
}

func (c *timerCtx) cancel(removeFromParent bool, err error) {
	c.cancelCtx.cancel(false, err)
	if removeFromParent {
		removeChild(c.cancelCtx.Context, c) // c, not its cancelCtx, is the parent's child
	}
	c.lock.Lock()
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
	c.lock.Unlock()
}

// WithValue returns a copy of parent in which the value associated with key is val.
// The key must be comparable; use a type of your own for it, to avoid collisions.
func WithValue(parent Context, key, val interface{}) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if key == nil {
		panic("nil key")
	}
	if !reflectlite.Comparable(key) {
		panic("key is not comparable")
	}
	return &valueCtx{parent, key, val}
}

// A valueCtx carries a key-value pair and delegates every other call to its parent.
type valueCtx struct {
	Context
	key, val interface{}
}

func (c *valueCtx) Value(key interface{}) interface{} {
	if c.key == key {
		return c.val
	}
	return c.Context.Value(key)
}

func (c *valueCtx) String() string {
	return contextName(c.Context) + ".WithValue(type " + fmt.Sprintf("%T", c.key) +
		", val " + stringify(c.val) + ")"
}

type stringer interface {
	String() string
}

func contextName(c Context) string {
	if s, ok := c.(stringer); ok {
		return s.String()
	}
	return fmt.Sprintf("%T", c)
}

func stringify(v interface{}) string {
	switch s := v.(type) {
	case stringer:
		return s.String()
	case string:
		return s
	}
	return "<not Stringer>"
}
