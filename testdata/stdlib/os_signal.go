// os/signal: signals the program sends itself (syscall.Kill, Process.Signal)
// arrive on the channels Notify registered, through the runtime's handler
// and the package's watcher goroutine; Stop, Ignore, Ignored, Reset and
// NotifyContext; after Reset, SIGTERM kills the program by that signal as
// under gc (exit status -15 as Python's subprocess reports it).
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func self(sig syscall.Signal) {
	if err := syscall.Kill(os.Getpid(), sig); err != nil {
		panic(err)
	}
}

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGUSR1, syscall.SIGTERM)
	self(syscall.SIGUSR1)
	fmt.Println("received", <-c)
	p, _ := os.FindProcess(os.Getpid())
	fmt.Println("Signal:", p.Signal(syscall.SIGTERM))
	got := <-c
	fmt.Println("received", got, got == syscall.SIGTERM, got.(syscall.Signal) == 15)

	// two channels for one signal, one of them for every signal
	all := make(chan os.Signal, 1)
	signal.Notify(all)
	self(syscall.SIGUSR1)
	fmt.Println("both:", <-c, <-all)
	signal.Stop(all)
	self(syscall.SIGUSR1)
	fmt.Println("after Stop of the other:", <-c)
	select {
	case s := <-all:
		fmt.Println("stopped channel got", s)
	default:
		fmt.Println("stopped channel got nothing")
	}

	// Ignore: the signal no longer arrives, nor kills
	signal.Ignore(syscall.SIGUSR1)
	fmt.Println("Ignored:", signal.Ignored(syscall.SIGUSR1), signal.Ignored(syscall.SIGUSR2), signal.Ignored(syscall.SIGTERM))
	self(syscall.SIGUSR1)
	signal.Notify(c, syscall.SIGUSR2)
	self(syscall.SIGUSR2)
	fmt.Println("after Ignore:", <-c)
	signal.Notify(c, syscall.SIGUSR1)
	fmt.Println("Notify again un-ignores:", signal.Ignored(syscall.SIGUSR1))
	self(syscall.SIGUSR1)
	fmt.Println("received", <-c)

	// NotifyContext
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGHUP)
	fmt.Println(ctx, ctx.Err())
	self(syscall.SIGHUP)
	<-ctx.Done()
	fmt.Println("context:", ctx.Err())
	stop()
	ctx2, stop2 := signal.NotifyContext(context.Background())
	stop2()
	fmt.Println(ctx2, ctx2.Err())

	// a handler goroutine shutting the program down cleanly
	done := make(chan bool)
	go func() {
		s := <-c
		fmt.Println("shutting down on", s)
		done <- true
	}()
	self(syscall.SIGTERM)
	<-done

	// without Notify, SIGTERM kills
	signal.Reset(syscall.SIGTERM)
	fmt.Println("Reset; SIGTERM now kills")
	self(syscall.SIGTERM)
	time.Sleep(20 * time.Second)
	fmt.Println("still alive")
}
