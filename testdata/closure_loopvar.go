package main

import "fmt"

// Go 1.19 loop variables: a for or range statement declares its variables once, so
// every closure made in the loop sees the same variable (and its final value); a
// variable declared inside the body is new in each iteration.

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	fs = fs[:0]
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var gs []func() string
	for index, word := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return fmt.Sprint(index, word) })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	gs = gs[:0]
	for _, word := range []string{"x", "y", "z"} {
		copied := word + "!"
		gs = append(gs, func() string { return copied })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	// a closure changing the loop variable changes the loop
	steps := 0
	for i := 0; i < 10; i++ {
		skip := func() { i += 2 }
		skip()
		steps++
	}
	fmt.Println("steps:", steps)

	// counting with closures created per iteration, sharing an outer total
	total := 0
	adders := make([]func(), 0, 4)
	for n := 1; n <= 4; n++ {
		n := n
		adders = append(adders, func() { total += n })
	}
	for _, add := range adders {
		add()
		add()
	}
	fmt.Println("total:", total)

	// the range-over-array value variable is one variable too
	var last []func() int
	for _, v := range [3]int{7, 8, 9} {
		last = append(last, func() int { return v })
	}
	fmt.Println(last[0](), last[1](), last[2]())

	// a range over a string
	var runes []func() rune
	for _, r := range "héllo" {
		runes = append(runes, func() rune { return r })
	}
	fmt.Println(string(runes[0]()), len(runes))
}
