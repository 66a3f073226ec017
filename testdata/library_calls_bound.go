// Library functions called in every way codegen lowers them: written, with the
// results of a multi-valued call spread into them, deferred and started as
// goroutines (their operands bound at the statement), used as func values, and a
// library method reached through an interface (fmt calling time.Duration.String).
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"sync"
	"time"
)

func pair() (string, int) { return "pair", 2 }

func parts() (float64, float64) { return 2, 10 }

func show(name string, f func(float64) float64) {
	fmt.Println(name, f(2.25), f(-1.5))
}

func deferred(values []interface{}) (result string) {
	x := 1
	defer fmt.Println("deferred x:", x, nil, 2.5, "s")
	defer fmt.Println(pair())
	defer fmt.Println(values...)
	defer fmt.Printf("%s=%d\n", "n", x)
	defer func() { result += "+" + strconv.Itoa(x) }()
	x = 7
	return "done"
}

func started() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	results := make(chan string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			results <- strconv.Itoa(i * i)
		}(i)
	}
	wg.Wait()
	close(results)
	total := 0
	for r := range results {
		n, err := strconv.Atoi(r)
		total += n
		if err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println("total", total)
	var group sync.WaitGroup
	group.Add(2)
	go group.Done()
	go group.Add(-1)
	group.Wait()
	fmt.Println("goroutines ran group.Done and group.Add")
}

func main() {
	fmt.Println(pair())
	fmt.Println(math.Pow(parts()), math.Max(parts()), math.Min(parts()))
	fmt.Println(fmt.Sprint(pair()), fmt.Sprintf("%v|%v", 1, "a"))
	fmt.Println(deferred([]interface{}{"a", 1, true}))
	show("Sqrt", math.Sqrt)
	show("Floor", math.Floor)
	println := fmt.Println
	println("a value", 3, nil)
	sprintf := fmt.Sprintf
	fmt.Println(sprintf("%d-%s", 5, "x"))
	itoa := strconv.Itoa
	fmt.Println(itoa(-12))
	wrap := errors.New
	fmt.Println(wrap("made by a value"))
	var d fmt.Stringer = 1500 * time.Millisecond
	fmt.Println(d, d.String())
	fmt.Printf("%v %s\n", 90*time.Second, time.Duration(3))
	time.Sleep(time.Millisecond)
	started()
	fmt.Println(math.Sqrt(2), math.Inf(1), math.IsNaN(math.NaN()))
}
