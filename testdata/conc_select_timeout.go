package main

import (
	"fmt"
	"time"
)

func slow(d time.Duration, v string) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- v
	}()
	return c
}

func main() {
	select {
	case v := <-slow(500*time.Millisecond, "late"):
		fmt.Println("got", v)
	case <-time.After(30 * time.Millisecond):
		fmt.Println("timed out waiting")
	}
	select {
	case v := <-slow(5*time.Millisecond, "early"):
		fmt.Println("got", v)
	case <-time.After(2 * time.Second):
		fmt.Println("timed out")
	}
	timer := time.NewTimer(20 * time.Millisecond)
	done := make(chan bool)
	go func() {
		<-timer.C
		done <- true
	}()
	fmt.Println("timer fired:", <-done)
	t2 := time.NewTimer(time.Hour)
	fmt.Println("stopped pending:", t2.Stop())
	fmt.Println("reset stopped:", t2.Reset(10*time.Millisecond))
	<-t2.C
	fmt.Println("reset timer fired")
	ticker := time.NewTicker(10 * time.Millisecond)
	deadline := time.After(2 * time.Second)
	ticks := 0
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
			if ticks == 5 {
				ticker.Stop()
				break loop
			}
		case <-deadline:
			fmt.Println("deadline")
			break loop
		}
	}
	fmt.Println("ticks:", ticks)
	tick := time.Tick(5 * time.Millisecond)
	<-tick
	<-tick
	fmt.Println("tick ok", time.Tick(0) == nil)
	start := time.Now()
	time.Sleep(15 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println(elapsed >= 15*time.Millisecond, time.Now().Sub(start) >= elapsed)
}
