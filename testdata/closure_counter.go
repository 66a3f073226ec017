package main

import "fmt"

// Closures returned from functions keep their own copy of the state they capture.

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func counterFrom(start, step int) (next func() int, reset func()) {
	value := start
	next = func() int {
		current := value
		value += step
		return current
	}
	reset = func() { value = start }
	return
}

func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		result := a
		a, b = b, a+b
		return result
	}
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func accumulate(values []int) (sum func() int, add func(int)) {
	total := 0
	for _, v := range values {
		total += v
	}
	sum = func() int { return total }
	add = func(v int) { total += v; values = append(values, v) }
	return
}

type point struct{ x, y int }

func mover(p *point) func(dx, dy int) point {
	return func(dx, dy int) point {
		p.x += dx
		p.y += dy
		return *p
	}
}

func main() {
	c1, c2 := counter(), counter()
	fmt.Println(c1(), c1(), c1(), c2())

	next, reset := counterFrom(10, 5)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	fib := fibonacci()
	for i := 0; i < 15; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()

	add5 := adder(5)
	double := func(x int) int { return x * 2 }
	fmt.Println(add5(1), compose(add5, double)(1), compose(double, add5)(1))

	sum, add := accumulate([]int{1, 2, 3})
	add(10)
	add(20)
	fmt.Println(sum())

	p := point{1, 1}
	move := mover(&p)
	move(2, 3)
	fmt.Println(move(-1, 0), p)

	// a closure modifying a variable of the enclosing function
	x := 0
	inc := func() { x++ }
	for i := 0; i < 5; i++ {
		inc()
	}
	fmt.Println("x =", x)

	// nested closures share the same variable
	level := 1
	outer := func() func() int {
		level *= 10
		return func() int {
			level++
			return level
		}
	}
	inner := outer()
	fmt.Println(inner(), inner(), level)

	// immediately invoked
	result := func(a, b int) int { return a*b + level }(3, 4)
	fmt.Println(result)

	// a closure capturing a big array by reference
	var grid [64]int
	fill := func(v int) {
		for i := range grid {
			grid[i] = v + i
		}
	}
	fill(100)
	fmt.Println(grid[0], grid[63])

	// strings and slices captured
	words := []string{}
	say := func(w string) { words = append(words, w) }
	say("hello")
	say("closures")
	fmt.Println(len(words), words)
}
