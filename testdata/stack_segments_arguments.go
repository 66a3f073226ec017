// Calls that cross stack segments carry every kind of argument and result: many
// integers (some passed on the stack), floats, a large struct by value, strings,
// interfaces and several results, through recursion deep enough to cross many
// segments, and through deferred calls and closures.
package main

import "fmt"

type block struct {
	a [40]int
	s string
	f float64
}

func many(n, a, b, c, d, e, f, g, h, i int, x, y float64, s string) (int, float64, string) {
	if n == 0 {
		return a + b + c + d + e + f + g + h + i, x * y, s
	}
	r, fl, st := many(n-1, a+1, b, c+2, d, e+3, f, g+4, h, i+5, x+0.5, y, s)
	return r + n%3, fl + 1, st
}

func byValue(n int, b block) block {
	if n == 0 {
		b.s += "!"
		return b
	}
	b.a[n%40] += n
	b.f += 0.25
	out := byValue(n-1, b)
	out.a[0] += b.a[n%40] % 7
	return out
}

func iface(n int, v interface{}) interface{} {
	if n == 0 {
		return fmt.Sprint(v)
	}
	switch t := v.(type) {
	case int:
		return iface(n-1, t+1)
	default:
		return iface(n-1, 0)
	}
}

func withDefer(n int) (out int) {
	defer func() { out += n % 5 }()
	if n == 0 {
		return 1
	}
	return withDefer(n-1) * 1
}

func main() {
	results := make(chan string)
	go func() {
		r, f, s := many(100000, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1.5, 2.5, "str")
		results <- fmt.Sprint(r, f, s)
		var b block
		b.s = "block"
		out := byValue(20000, b)
		sum := 0
		for _, v := range out.a {
			sum += v
		}
		results <- fmt.Sprint(sum, out.s, out.f)
		results <- fmt.Sprint(iface(100000, 0))
		results <- fmt.Sprint(withDefer(50000))
		counter := 0
		var rec func(n int) int
		rec = func(n int) int {
			counter++
			if n == 0 {
				return counter
			}
			return rec(n-1) + 1
		}
		results <- fmt.Sprint(rec(300000))
		close(results)
	}()
	for line := range results {
		fmt.Println(line)
	}
}
