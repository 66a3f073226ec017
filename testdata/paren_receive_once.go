// A receive (or call) inside parentheses is evaluated exactly once, wherever the
// parenthesised operand stands: in arithmetic, a type assertion, an argument, a
// condition, an index, a composite literal, a send, a switch tag, a return.
package main

import "fmt"

type T struct{ n int }

func (t *T) N() int { return t.n }

var calls int

func next() int {
	calls++
	return calls
}

func show(x int) { fmt.Println("show", x) }

func fromChannel(c chan int) int { return (<-c) + 100 }

func filled(n int) chan int {
	c := make(chan int, n)
	for i := 1; i <= n; i++ {
		c <- i
	}
	return c
}

func main() {
	c := filled(40)
	x := (<-c) * 2
	fmt.Println("mul", x, len(c))
	x = ((<-c)) + 1
	fmt.Println("add", x, len(c))
	x += (<-c)
	fmt.Println("op-assign", x, len(c))
	show((<-c))
	fmt.Println("arg", len(c))
	if (<-c) > 0 {
		fmt.Println("cond", len(c))
	}
	for (<-c) < 8 {
		fmt.Println("loop", len(c))
	}
	arr := []int{10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140}
	fmt.Println("index", arr[(<-c)], len(c))
	m := map[int]string{10: "ten", 11: "eleven"}
	fmt.Println("map", m[(<-c)], len(c))
	lit := []int{(<-c), (<-c) * 10, -(<-c)}
	fmt.Println("literal", lit, len(c))
	s := struct{ a, b int }{(<-c), (<-c)}
	fmt.Println("struct", s, len(c))
	switch (<-c) {
	case 17:
		fmt.Println("switch 17", len(c))
	default:
		fmt.Println("switch other", len(c))
	}
	fmt.Println("return", fromChannel(c), len(c))
	out := make(chan int, 1)
	out <- (<-c)
	fmt.Println("send", <-out, len(c))
	v, ok := (<-c)
	fmt.Println("comma-ok", v, ok, len(c))
	fmt.Println("println", (<-c), (<-c), len(c))
	func() {
		defer show((<-c))
		fmt.Println("defer queued", len(c))
	}()

	d := make(chan interface{}, 8)
	for i := 1; i <= 8; i++ {
		d <- &T{i}
	}
	_ = (<-d).(*T)
	fmt.Println("blank assert", len(d))
	t := (<-d).(*T)
	fmt.Println("assert", t.n, len(d))
	t2, ok2 := (<-d).(*T)
	fmt.Println("assert comma-ok", t2.n, ok2, len(d))
	fmt.Println("method", (<-d).(*T).N(), len(d))
	fmt.Println("field", (<-d).(*T).n, len(d))

	calls = 0
	y := (next()) * 10
	fmt.Println("call", y, calls)
	fmt.Println("calls", (next()), (next())+(next()), calls)
	p := &T{5}
	pc := make(chan *T, 2)
	pc <- p
	(*(<-pc)).n = 9
	fmt.Println("deref", p.n, len(pc))
}
