package main

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"time"
)

// describe prints a WithDeadline context's String with the parts that vary (the
// monotonic reading, the time left) replaced by checks of them.
func describe(ctx context.Context, minLeft, maxLeft time.Duration) {
	text := fmt.Sprint(ctx)
	open := strings.LastIndex(text, " [")
	if open < 0 || !strings.HasSuffix(text, "])") {
		fmt.Println("unexpected form:", text)
		return
	}
	left, err := time.ParseDuration(text[open+2 : len(text)-2])
	stamp := text[:open]
	if monotonic := strings.Index(stamp, " m=+"); monotonic >= 0 {
		// The deadline is now plus the timeout: its date varies, its form does not.
		date := strings.LastIndex(stamp[:monotonic], "(")
		_, err := time.Parse("2006-01-02 15:04:05.999999999 -0700 MST", stamp[date+1:monotonic])
		stamp = fmt.Sprintf("%s<a time, parse error %v> m=+...", stamp[:date+1], err)
	}
	fmt.Printf("%s [%v, %v]) parse error: %v\n", stamp, minLeft <= left, left <= maxLeft, err)
}

func main() {
	background := context.Background()
	past := time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC)
	ctx, cancel := context.WithDeadline(background, past)
	describe(ctx, -1<<63, -100000*time.Hour)
	fmt.Println("past deadline:", ctx.Err())
	cancel()
	fmt.Println("after cancel:", ctx.Err())

	zone := time.FixedZone("EST", -5*3600)
	future := time.Date(2200, 1, 2, 3, 4, 5, 600, zone)
	ctx, cancel = context.WithDeadline(context.WithValue(background, "k", "v"), future)
	describe(ctx, 1000000*time.Hour, 1<<63-1)
	deadline, ok := ctx.Deadline()
	fmt.Println("deadline:", deadline, ok, deadline.Equal(future))
	cancel()
	fmt.Println("canceled:", ctx.Err())

	// WithTimeout: a deadline read from the monotonic clock, shown with m=.
	ctx, cancel = context.WithTimeout(background, time.Hour)
	describe(ctx, 59*time.Minute, time.Hour)
	child, cancelChild := context.WithTimeout(ctx, 2*time.Hour) // the parent's is sooner
	fmt.Println("child of a sooner deadline:", strings.HasSuffix(fmt.Sprint(child), "]).WithCancel"))
	childDeadline, _ := child.Deadline()
	parentDeadline, _ := ctx.Deadline()
	fmt.Println("child's deadline is the parent's:", childDeadline == parentDeadline)
	cancelChild()
	cancel()

	// A deadline that passes cancels the context and its children.
	ctx, cancel = context.WithTimeout(background, 20*time.Millisecond)
	child, cancelChild = context.WithCancel(ctx)
	<-child.Done()
	fmt.Println("timed out:", ctx.Err(), child.Err(), ctx.Err() == context.DeadlineExceeded)
	cancelChild()
	cancel()

	// Canceled first: the deadline passing later changes nothing.
	ctx, cancel = context.WithTimeout(background, 10*time.Millisecond)
	cancel()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("canceled before the deadline:", ctx.Err())

	// Waiting deadlines hold no goroutines, only timers.
	goroutines := runtime.NumGoroutine()
	var cancels []context.CancelFunc
	for i := 0; i < 100; i++ {
		_, cancel := context.WithTimeout(background, time.Hour)
		cancels = append(cancels, cancel)
	}
	fmt.Println("goroutines added by 100 deadlines:", runtime.NumGoroutine()-goroutines)
	for _, cancel := range cancels {
		cancel()
	}
}
