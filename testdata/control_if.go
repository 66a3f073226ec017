// if / else if / else, init statements and their scope, short-circuit evaluation.
package main

import "fmt"

var calls int

func check(label string, v bool) bool {
	calls++
	fmt.Print(label, " ")
	return v
}

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		if n > 100 {
			return "big even"
		}
		return "even"
	} else {
		return "odd"
	}
}

func grade(score int) string {
	if score >= 90 {
		return "A"
	}
	if score >= 80 {
		return "B"
	}
	if score >= 70 {
		return "C"
	}
	return "F"
}

func main() {
	for _, n := range []int{-5, 0, 4, 7, 200} {
		fmt.Println(n, classify(n))
	}
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s))
	}
	fmt.Println()
	if x := 10; x > 5 {
		fmt.Println("x is big", x)
	} else {
		fmt.Println("x is small", x)
	}
	if q, r := 17/5, 17%5; r != 0 {
		fmt.Println("remainder", q, r)
	} else if q > 2 {
		fmt.Println("unreachable")
	}
	if check("a", false) && check("b", true) {
		fmt.Println("both")
	}
	fmt.Println()
	if check("c", true) || check("d", true) {
		fmt.Println("either")
	}
	if !check("e", false) || check("f", false) {
		fmt.Println("not e")
	}
	if check("g", true) && (check("h", false) || check("i", true)) {
		fmt.Println("nested")
	}
	fmt.Println("calls", calls)
	b := 3 > 2
	if b {
		fmt.Println("b true")
	}
	if b == false {
		fmt.Println("never")
	} else if !b {
		fmt.Println("never either")
	}
	y := 1
	if y := 2; y > 1 {
		y++
		fmt.Println("inner y", y)
	}
	fmt.Println("outer y", y)
}
