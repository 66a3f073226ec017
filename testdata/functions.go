// Functions: several results, named results with bare return, forwarding results, and _.
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func stats(xs []int) (min, max, sum int, mean float64) {
	if len(xs) == 0 {
		return
	}
	min, max = xs[0], xs[0]
	for _, x := range xs {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
		sum += x
	}
	mean = float64(sum) / float64(len(xs))
	return
}

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func pair() (string, bool) {
	return "ok", true
}

func takesTwo(a, b int) int {
	return a*100 + b
}

func named() (result int) {
	result = 1
	for i := 0; i < 5; i++ {
		result *= 2
	}
	return result + 1
}

func noResult(msg string) {
	if msg == "" {
		return
	}
	fmt.Println("msg:", msg)
}

func swap3(a, b, c string) (string, string, string) {
	return c, a, b
}

func apply(x int, twice bool) int {
	if twice {
		return double(double(x))
	}
	return double(x)
}

func double(x int) int { return x * 2 }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	_, r2 := divmod(-17, 5)
	fmt.Println(r2)
	mn, mx, sum, mean := stats([]int{4, -2, 9, 7})
	fmt.Println(mn, mx, sum, mean)
	a, b, c, d := stats(nil)
	fmt.Println(a, b, c, d)
	fmt.Println(split(17))
	fmt.Println(takesTwo(divmod(17, 5)))
	s, ok := pair()
	fmt.Println(s, ok)
	fmt.Println(named())
	noResult("")
	noResult("hello")
	fmt.Println(swap3("a", "b", "c"))
	x, y, z := swap3(swap3("1", "2", "3"))
	fmt.Println(x + y + z)
	fmt.Println(apply(3, false), apply(3, true))
	var v int
	v, _ = divmod(100, 7)
	fmt.Println(v)
}
