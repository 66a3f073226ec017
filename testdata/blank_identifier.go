// The blank identifier: discarding results, range values, package-level blanks and blank fields.
package main

import "fmt"

var _ = sideEffect("package-level blank")

var trace []string

func sideEffect(s string) int {
	trace = append(trace, s)
	return len(trace)
}

func three() (int, string, bool) {
	return 1, "two", true
}

type Padded struct {
	A int
	_ int
	B int
}

func main() {
	_, s, _ := three()
	fmt.Println(s)
	n, _, ok := three()
	fmt.Println(n, ok)
	_ = sideEffect("blank assign")
	_, _ = sideEffect("one"), sideEffect("two")
	total := 0
	for _, v := range []int{1, 2, 3} {
		total += v
	}
	fmt.Println(total)
	count := 0
	for range "héllo" {
		count++
	}
	fmt.Println(count)
	for i, _ := range []string{"a", "b"} {
		fmt.Print(i)
	}
	fmt.Println()
	p := Padded{A: 1, B: 2}
	fmt.Println(p.A, p.B)
	var _ int = 5
	const _ = "unused constant"
	x := 10
	_ = x
	for _, t := range trace {
		fmt.Println("trace:", t)
	}
}
