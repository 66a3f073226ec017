package main

import "fmt"

// What closures capture: parameters, named results, variables declared in if/switch
// headers and case bodies, variables three literals out, struct and array variables
// (by reference: later changes are seen), and package variables (not captured).

type pair struct{ a, b int }

var global = 10

func paramsAndResults(x int) (get func() int, result int) {
	get = func() int { return x + result }
	x *= 2
	result = 5
	return get, result
}

func headers(n int) []func() string {
	var out []func() string
	if v := n * 2; v > 4 {
		out = append(out, func() string { return fmt.Sprint("if ", v) })
		v++
	}
	switch w := n % 3; w {
	case 0:
		label := "zero"
		out = append(out, func() string { return label })
	default:
		label := fmt.Sprint("rest ", w)
		out = append(out, func() string { return label })
	}
	return out
}

func nested() func() func() func() int {
	a := 1
	return func() func() func() int {
		b := 10
		a++
		return func() func() int {
			c := 100
			b++
			return func() int {
				a, b, c = a+1, b+1, c+1
				return a + b + c
			}
		}
	}
}

func aggregates() (func(), func() string) {
	p := pair{1, 2}
	arr := [3]int{1, 2, 3}
	sl := []int{7, 8}
	bump := func() {
		p.a++
		arr[2] *= 10
		sl[0]--
		sl = append(sl, 9)
	}
	show := func() string { return fmt.Sprint(p, arr, sl) }
	return bump, show
}

func globals() func() int {
	return func() int {
		global++
		return global
	}
}

func shadowing() []int {
	var out []int
	x := 1
	f := func() { out = append(out, x) }
	{
		x := 2
		f()
		g := func() { out = append(out, x) }
		x = 3
		g()
	}
	x = 4
	f()
	return out
}

func addressAndClosure() int {
	n := 1
	p := &n
	inc := func() { n++ }
	inc()
	*p += 10
	inc()
	return n
}

func main() {
	get, result := paramsAndResults(3)
	fmt.Println(get(), result)

	for _, n := range []int{1, 3, 5} {
		for _, f := range headers(n) {
			fmt.Print(f(), "; ")
		}
		fmt.Println()
	}

	level1 := nested()
	level2 := level1()
	level3 := level2()
	fmt.Println(level3(), level3(), level2()(), level1()()())

	bump, show := aggregates()
	fmt.Println(show())
	bump()
	bump()
	fmt.Println(show())

	g := globals()
	g()
	fmt.Println(g(), global)

	fmt.Println(shadowing(), addressAndClosure())

	// a closure stored in a struct field and in a map (function values as data)
	type op struct {
		name string
		run  func(int) int
	}
	factor := 3
	ops := []op{{"triple", func(v int) int { return v * factor }}}
	factor = 4
	fmt.Println(ops[0].name, ops[0].run(5))
}
