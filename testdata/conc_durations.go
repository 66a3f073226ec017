package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1500, time.Microsecond * 999, time.Millisecond,
		1234567, time.Second, 1500 * time.Millisecond, time.Minute, 61 * time.Second,
		time.Hour, 90 * time.Minute, 26*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond,
		-time.Second, -1, time.Duration(1<<63 - 1), time.Duration(-1 << 63)}
	for _, d := range ds {
		fmt.Println(d, d.Nanoseconds(), d.Milliseconds())
	}
	d := 2*time.Hour + 30*time.Minute
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Microseconds())
	fmt.Printf("%v %s %d\n", d, d, d)
	fmt.Println(time.Second*2 > time.Millisecond, time.Duration(3)*time.Second)
	var any interface{} = 45 * time.Second
	fmt.Println(any)
	if s, ok := any.(fmt.Stringer); ok {
		fmt.Println("stringer:", s.String())
	}
	fmt.Println(runtime.NumGoroutine(), runtime.NumCPU() > 0)
	old := runtime.GOMAXPROCS(2)
	fmt.Println(old > 0, runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(old)
}
