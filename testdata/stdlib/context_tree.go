package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

type otherKey struct{ n int }

// custom wraps a Context but gives its own Done channel: the package must watch it.
type custom struct {
	context.Context
	done chan struct{}
}

func (c *custom) Done() <-chan struct{} { return c.done }
func (c *custom) Err() error {
	select {
	case <-c.done:
		return context.Canceled
	default:
		return nil
	}
}

type named struct{}

func (named) String() string { return "named-value" }

func catch(what string, f func()) {
	defer func() { fmt.Println(what, "panics:", recover()) }()
	f()
}

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Err(), bg.Done() == nil, bg.Value("x"))
	_, has := bg.Deadline()
	fmt.Println("background deadline", has)

	parent, cancelParent := context.WithCancel(bg)
	child, cancelChild := context.WithCancel(parent)
	grandchild := context.WithValue(child, key("user"), "gopher")
	leaf, cancelLeaf := context.WithCancel(grandchild)
	defer cancelLeaf()
	fmt.Println(parent)
	fmt.Println(grandchild)
	fmt.Println(leaf)
	fmt.Println(context.WithValue(bg, otherKey{1}, named{}))
	fmt.Println(context.WithValue(bg, 7, 3.5))
	fmt.Println("value through the chain:", leaf.Value(key("user")), leaf.Value(key("none")), leaf.Value("user"))

	cancelChild()
	<-child.Done()
	<-leaf.Done()
	fmt.Println("child", child.Err(), "leaf", leaf.Err(), "parent", parent.Err())
	cancelChild()
	fmt.Println("second cancel keeps", child.Err())
	cancelParent()
	<-parent.Done()
	fmt.Println("parent", parent.Err(), errors.Is(parent.Err(), context.Canceled))
	late, cancelLate := context.WithCancel(parent)
	<-late.Done()
	fmt.Println("derived from a canceled parent:", late.Err())
	cancelLate()

	timed, cancelTimed := context.WithTimeout(bg, 20*time.Millisecond)
	deadline, ok := timed.Deadline()
	fmt.Println("deadline set", ok, deadline.Sub(time.Now()) <= 20*time.Millisecond)
	fmt.Println("before the deadline", timed.Err())
	inner, cancelInner := context.WithCancel(timed)
	<-inner.Done()
	fmt.Println("after the deadline", timed.Err(), inner.Err(), errors.Is(inner.Err(), context.DeadlineExceeded))
	cancelTimed()
	cancelInner()
	fmt.Println("cancel after expiry keeps", timed.Err())
	var timeout interface{ Timeout() bool }
	fmt.Println("DeadlineExceeded is a timeout:", errors.As(context.DeadlineExceeded, &timeout) && timeout.Timeout())

	past, cancelPast := context.WithDeadline(bg, time.Now().Add(-time.Second))
	fmt.Println("past deadline", past.Err())
	cancelPast()
	fmt.Println("still", past.Err())

	outer, cancelOuter := context.WithTimeout(bg, time.Hour)
	later, cancelLater := context.WithTimeout(outer, 2*time.Hour)
	d1, _ := outer.Deadline()
	d2, _ := later.Deadline()
	fmt.Println("a later deadline keeps the parent's:", d1.Sub(d2) == 0)
	cancelOuter()
	<-later.Done()
	fmt.Println("canceled with its parent:", later.Err())
	cancelLater()
	stopped, cancelStopped := context.WithTimeout(bg, time.Hour)
	cancelStopped()
	fmt.Println("canceled before its deadline:", stopped.Err())

	c := &custom{Context: bg, done: make(chan struct{})}
	watched, cancelWatched := context.WithCancel(c)
	defer cancelWatched()
	close(c.done)
	<-watched.Done()
	fmt.Println("custom parent canceled:", watched.Err())

	catch("WithCancel(nil)", func() { context.WithCancel(nil) })
	catch("WithValue(nil key)", func() { context.WithValue(bg, nil, 1) })
	catch("WithValue(slice key)", func() { context.WithValue(bg, []int{1}, 1) })
	catch("WithDeadline(nil)", func() { context.WithDeadline(nil, time.Now()) })
	fmt.Println(context.Canceled, context.DeadlineExceeded)
}
