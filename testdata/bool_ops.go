// Booleans: operators, short-circuit with side effects, comparisons producing bools, named bool types.
package main

import "fmt"

type Switch bool

var evals int

func t(tag string) bool {
	evals++
	fmt.Print(tag)
	return true
}

func f(tag string) bool {
	evals++
	fmt.Print(tag)
	return false
}

func xor(a, b bool) bool {
	return a != b
}

func main() {
	for _, a := range []bool{false, true} {
		for _, b := range []bool{false, true} {
			fmt.Println(a, b, a && b, a || b, !a, xor(a, b), a == b)
		}
	}
	fmt.Println(f("1") && t("2"), t("3") || f("4"), f("5") || f("6") && t("7"), evals)
	evals = 0
	r := t("a") && (f("b") || t("c")) && !f("d")
	fmt.Println(" =", r, evals)
	var s Switch = true
	s = !s
	fmt.Println(s, s == false, bool(s) || true)
	cmp := []bool{1 < 2, 2 <= 2, 3 > 4, "a" >= "b", 1.5 != 1.5, 'x' == 'x'}
	n := 0
	for _, c := range cmp {
		if c {
			n++
		}
	}
	fmt.Println(n, len(cmp))
	flags := [4]bool{true, false, true, false}
	all, any := true, false
	for _, fl := range flags {
		all = all && fl
		any = any || fl
	}
	fmt.Println(all, any)
	var zero bool
	fmt.Printf("%t %v %5t|%-6v|\n", zero, !zero, zero, !zero)
	x := 5
	inRange := x > 0 && x < 10
	even := x%2 == 0
	fmt.Println(inRange, even, inRange && !even)
}
