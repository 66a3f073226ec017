package main

import (
	"fmt"
	"math"
	"strconv"
)

// Function types and values: declared functions as values, func-typed fields,
// parameters, results and slice elements, nil funcs and comparison with nil.

type binop func(a, b int) int

type transform func(string) string

type calculator struct {
	name string
	op   binop
}

func add(a, b int) int      { return a + b }
func subtract(a, b int) int { return a - b }
func multiply(a, b int) int { return a * b }

func fold(values []int, start int, f binop) int {
	result := start
	for _, v := range values {
		result = f(result, v)
	}
	return result
}

func pipeline(fs ...transform) transform {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func pick(name string) binop {
	switch name {
	case "add":
		return add
	case "sub":
		return subtract
	case "mul":
		return multiply
	}
	return nil
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func apply2(f func(int, int) (int, int), a, b int) string {
	q, r := f(a, b)
	return fmt.Sprint(q, "r", r)
}

type big struct{ values [20]int }

func makeBig(n int) big {
	var b big
	for i := range b.values {
		b.values[i] = n * i
	}
	return b
}

func identity(s string) string { return s }

func trimSpace(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	for len(s) > 0 && s[len(s)-1] == ' ' {
		s = s[:len(s)-1]
	}
	return s
}

func toUpper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

func main() {
	calculators := []calculator{{"add", add}, {"sub", subtract}, {"mul", multiply}}
	for _, c := range calculators {
		fmt.Println(c.name, c.op(7, 3), fold([]int{1, 2, 3, 4}, 1, c.op))
	}

	var f binop
	fmt.Println(f == nil, pick("mul") != nil, pick("pow") == nil)
	f = add
	fmt.Println(f == nil, f(2, 2))

	shout := pipeline(trimSpace, toUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("  hello  "))
	fmt.Println(pipeline()("unchanged"), pipeline(identity, identity)("same"))

	fmt.Println(apply2(divmod, 17, 5))

	// results too big for registers come back through memory
	maker := makeBig
	b := maker(3)
	fmt.Println(b.values[19], len(b.values))

	// func values in arrays and as struct fields set later
	var table [3]func(int) int
	table[0] = func(x int) int { return x + 1 }
	table[1] = func(x int) int { return x * x }
	table[2] = table[1]
	total := 0
	for _, g := range table {
		total += g(5)
	}
	fmt.Println(total)

	handlers := struct {
		onStart func() string
		onStop  func() string
	}{onStart: func() string { return "started" }}
	if handlers.onStop == nil {
		handlers.onStop = func() string { return "stopped" }
	}
	fmt.Println(handlers.onStart(), handlers.onStop())

	// a func value passed through an interface and back
	var anything interface{} = add
	if g, ok := anything.(func(int, int) int); ok {
		fmt.Println("via interface:", g(20, 22))
	}
	fmt.Printf("%T\n", subtract)

	// library functions are values too
	root := math.Sqrt
	itoa := strconv.Itoa
	fmt.Println(root(2), itoa(12345)+"!", math.Abs(-4))
}
