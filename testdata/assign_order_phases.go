// Order of evaluation the spec fixes: a call's function value is evaluated before
// its arguments, and an assignment evaluates the index operands and pointer
// indirections of every left operand (and the right side) before the first store.
package main

import "fmt"

func trace(s string) int {
	fmt.Println("eval", s)
	return len(s)
}

func maker(s string) func(int) int {
	fmt.Println("callee", s)
	return func(x int) int { fmt.Println("called with", x); return x * 2 }
}

type box struct{ f int }

func (b *box) adder(s string) func(int) {
	fmt.Println("method callee", s)
	return func(x int) { b.f += x }
}

func pair() (int, int) { return 7, 8 }

func main() {
	// callee before arguments
	maker("1")(trace("22"))
	fmt.Println(maker("a")(trace("bb")) + maker("c")(trace("dd")))
	bx := &box{}
	bx.adder("m")(trace("333"))
	fs := []func(int) int{maker("s0"), maker("s1")}
	fmt.Println(fs[trace("x")](trace("yy")))
	func() {
		defer maker("deferred")(trace("arg"))
		fmt.Println("in deferred body")
	}()

	// assignment: index operands first
	x := []int{1, 2, 3}
	i := 1
	i, x[i] = 0, 99
	fmt.Println(i, x)
	i, x[i] = x[i], i
	fmt.Println(i, x)
	y := []int{5, 6}
	i = 2
	for i, x[i] = range y {
		fmt.Println("range slice", i, x)
	}
	i = 2
	for i, x[i] = range [2]int{40, 50} {
		fmt.Println("range array", i, x)
	}
	s := []rune("....")
	i = 3
	for i, s[i] = range "ab" {
		fmt.Println("range string", i, string(s))
	}
	c := make(chan int, 3)
	c <- 1
	c <- 2
	c <- 0
	close(c)
	for i = range c {
		x[i] = i * 100
	}
	fmt.Println("range chan", x)
	m := map[string]int{}
	k := "a"
	m[k], k = 1, "b"
	fmt.Println(m, k)
	keys := map[int]int{3: 30}
	i = 0
	for i, x[i] = range keys {
		fmt.Println("range map", i, x)
	}
	mm := map[int]string{}
	n := 1
	for n, mm[n] = range []string{"p", "q"} {
	}
	fmt.Println("range into map", n, mm)

	// pointer indirections first
	p := &x[0]
	q := &x[1]
	*p, p = 42, q
	fmt.Println(x, *p)
	b1, b2 := &box{1}, &box{2}
	pb := b1
	pb.f, pb = 10, b2
	fmt.Println(b1.f, b2.f, pb.f)

	// from a call
	i = 0
	x[i], i = pair()
	fmt.Println(x, i)
	i = 2
	i, x[i] = pair()
	fmt.Println(x, i)

	// op-assign: the index is evaluated once, before the right operand
	j := 0
	x[j] += func() int { j = 2; return 1000 }()
	fmt.Println("op-assign", x, j)
	arr := [3]int{}
	ap := &arr
	ap[i-7], ap = 5, nil
	fmt.Println(arr, ap == nil)
}
