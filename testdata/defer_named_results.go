package main

import (
	"errors"
	"fmt"
)

// Deferred closures see and change named results after the return statement has
// set them; results are what the function holds when its deferred calls finish.

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func increments() (n int) {
	defer func() { n++ }()
	defer func() { n *= 10 }()
	n = 1
	return n + 1
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

func withError(fail bool) (result string, err error) {
	defer func() {
		if err != nil {
			result = "failed: " + err.Error()
		}
	}()
	if fail {
		return "", errors.New("boom")
	}
	return "ok", nil
}

type stats struct{ calls, total int }

func (s *stats) record(n int) (before int) {
	before = s.total
	defer func() {
		s.calls++
		s.total += n
	}()
	return
}

func swap(a, b string) (x, y string) {
	defer func() { x, y = y, x }()
	return a, b
}

type pair struct {
	a, b int
	tag  string
	more [30]int
}

func bigResult() (p pair) {
	defer func() {
		p.b = 99
		p.more[29] = 7
	}()
	p.tag = "set in body"
	return pair{a: 1, b: 2, tag: "returned"}
}

func loopDefers() (total int) {
	for i := 1; i <= 4; i++ {
		defer func(v int) { total += v * v }(i)
	}
	return 1000
}

func shadowed() (n int) {
	defer func() { n += 5 }()
	{
		n := 50
		_ = n
	}
	return 1
}

func main() {
	fmt.Println(double())
	fmt.Println(increments())
	fmt.Println(unnamed())
	fmt.Println(withError(false))
	fmt.Println(withError(true))

	s := &stats{}
	fmt.Println(s.record(3), s.record(4), s.record(5), *s)

	fmt.Println(swap("left", "right"))
	p := bigResult()
	fmt.Println(p.a, p.b, p.tag, p.more[29])
	fmt.Println(loopDefers())
	fmt.Println(shadowed())
}
