package main

import "fmt"

// Deferred calls run last-in first-out when the function returns; their arguments
// (and the function value itself) are evaluated when the defer statement runs.

type logger struct{ lines []string }

func (l *logger) log(format string, args ...interface{}) {
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

func (l logger) count() int { return len(l.lines) }

var trace []string

func note(s string) { trace = append(trace, s) }

func lifo() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func argumentsNow() {
	x := 1
	defer fmt.Println("x at defer:", x)
	defer func() { fmt.Println("x at return:", x) }()
	x = 2
	f := func(s string) { fmt.Println("first f", s) }
	defer f("called")
	f = func(s string) { fmt.Println("second f", s) }
	x = 3
}

func nested() {
	defer note("outer 1")
	func() {
		defer note("inner 1")
		defer note("inner 2")
		note("inner body")
	}()
	defer note("outer 2")
	note("outer body")
}

func methods(l *logger) {
	defer l.log("value %d", l.count())
	defer l.log("first deferred, count %d", l.count())
	l.log("body")
}

func conditional(n int) (steps []string) {
	if n > 0 {
		defer func() { steps = append(steps, "positive") }()
	}
	if n%2 == 0 {
		defer func() { steps = append(steps, "even") }()
	}
	steps = append(steps, "body")
	return steps
}

func sum(values ...int) int {
	total := 0
	for _, v := range values {
		total += v
	}
	note(fmt.Sprint("sum ", total))
	return total
}

func variadic() {
	values := []int{1, 2, 3}
	defer sum(values...)
	defer sum(4, 5)
	defer sum()
	values[0] = 100
}

func builtins() {
	defer println("println runs last")
	defer print("print ", 1, "\n")
	s := []int{1, 2, 3}
	defer copy(s, []int{9, 9})
	fmt.Println(s)
}

func main() {
	lifo()
	argumentsNow()
	nested()
	fmt.Println(trace)

	l := &logger{}
	methods(l)
	fmt.Println(l.lines)

	for _, n := range []int{-1, 1, 2} {
		fmt.Println(n, conditional(n))
	}

	trace = nil
	variadic()
	fmt.Println(trace)
	builtins()
}
