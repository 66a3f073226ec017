// Timers, tickers, AfterFunc, After, Tick and Sleep: what Stop and Reset report,
// the order things fire in, monotonic readings, and the panics of misuse.
package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	start := time.Now()
	fmt.Println(strings.Contains(start.String(), " m=+"), strings.Contains(start.Round(0).String(), " m="))
	fmt.Println(start.Location() == time.Local, start.Round(0).Equal(start), start.UTC().Equal(start))

	timer := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", timer.Stop(), "stop again:", timer.Stop())
	fmt.Println("reset stopped:", timer.Reset(5*time.Millisecond))
	fired := <-timer.C
	fmt.Println("fired after start:", fired.After(start), fired.Location() == time.Local, time.Since(start) >= 5*time.Millisecond)
	fmt.Println("stop fired:", timer.Stop(), "reset fired:", timer.Reset(time.Hour), "reset pending:", timer.Reset(time.Millisecond))
	<-timer.C

	select {
	case <-time.After(10 * time.Millisecond):
		fmt.Println("short After first")
	case <-time.After(time.Hour):
		fmt.Println("long After first")
	}

	done := make(chan string, 3)
	f := time.AfterFunc(10*time.Millisecond, func() { done <- "AfterFunc ran" })
	never := time.AfterFunc(time.Hour, func() { done <- "never" })
	fmt.Println(<-done, f.C == nil, "stop ran:", f.Stop(), "stop pending:", never.Stop())
	again := time.AfterFunc(time.Hour, func() { done <- "reset AfterFunc ran" })
	fmt.Println("reset pending:", again.Reset(time.Millisecond))
	fmt.Println(<-done)

	ticker := time.NewTicker(3 * time.Millisecond)
	previous := start
	for i := 0; i < 4; i++ {
		tick := <-ticker.C
		fmt.Println("tick", i, tick.After(previous))
		previous = tick
	}
	ticker.Reset(2 * time.Millisecond)
	fmt.Println("tick after reset", (<-ticker.C).After(previous))
	ticker.Stop()
	select {
	case <-ticker.C:
	default:
	}
	time.Sleep(10 * time.Millisecond)
	select {
	case <-ticker.C:
		fmt.Println("tick after Stop")
	default:
		fmt.Println("no tick after Stop")
	}
	fmt.Println(time.Tick(0) == nil, time.Tick(-time.Second) == nil, time.Tick(time.Hour) != nil)

	// sleepers wake in the order of their durations
	order := make(chan int, 3)
	for _, n := range []int{3, 1, 2} {
		go func(n int) {
			time.Sleep(time.Duration(n) * 60 * time.Millisecond)
			order <- n
		}(n)
	}
	fmt.Println(<-order, <-order, <-order)
	time.Sleep(0)
	time.Sleep(-time.Second)
	before := time.Now()
	time.Sleep(20 * time.Millisecond)
	elapsed := time.Since(before)
	fmt.Println(elapsed >= 20*time.Millisecond, time.Now().After(before), before.Before(time.Now()),
		time.Until(before.Add(time.Hour)) > 59*time.Minute, time.Now().Sub(before) >= elapsed)
	wall := before.Round(0)
	fmt.Println(time.Since(wall) >= 20*time.Millisecond, wall.Sub(before) == 0, before.Sub(wall) == 0)

	misuse := []func(){
		func() { time.NewTicker(0) },
		func() { time.NewTicker(-1) },
		func() { time.NewTicker(time.Second).Reset(0) },
		func() { new(time.Timer).Stop() },
		func() { new(time.Timer).Reset(1) },
		func() { new(time.Ticker).Reset(1) },
		func() { new(time.Ticker).Stop(); panic("Ticker.Stop on a zero Ticker is fine") },
	}
	for _, m := range misuse {
		func() {
			defer func() {
				r := recover()
				_, isError := r.(error)
				fmt.Println("panic:", r, isError)
			}()
			m()
		}()
	}
}
