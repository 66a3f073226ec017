// A parenthesised receive is received once in every position around it: tuple
// and op-assignments, index expressions on the left (incl. ++ and map entries),
// method receivers and method values, range and switch operands, go and defer,
// builtins and conversions, select cases, and a receive from a received channel.
// (paren_receive_once.go has the common ones.  Not gofmt-clean on purpose: gofmt
// drops the parentheses under test.)
package main

import "fmt"

type V struct{ n int }

func (v V) Get() int  { return v.n }
func (v *V) Inc() int { v.n++; return v.n }

func ret(c chan int) int { return (<-c) }

func ret2(c chan int) (int, int) { return (<-c), (<-c) }

func filled(n int) chan int {
	c := make(chan int, n)
	for i := 1; i <= n; i++ {
		c <- i
	}
	return c
}

func main() {
	c := filled(100)
	fmt.Println("ret", ret(c), len(c))
	a, b := ret2(c)
	fmt.Println("ret2", a, b, len(c))
	x, y := (<-c), (<-c)
	fmt.Println("tuple", x, y, len(c))
	arr := make([]int, 200)
	arr[(<-c)] = 5
	fmt.Println("lhs index", len(c))
	arr[(<-c)]++
	fmt.Println("incdec index", len(c))
	arr[(<-c)] += 3
	fmt.Println("opassign index", len(c))
	m := map[int]int{}
	m[(<-c)] = 1
	m[(<-c)]++
	m[(<-c)] += 2
	m[(<-c)] |= 4
	fmt.Println("map lhs", len(m), len(c))
	fmt.Println("eq", (<-c) == (<-c), len(c))
	if true && (<-c) > 0 {
		fmt.Println("andand", len(c))
	}
	if false || (<-c) > 0 {
		fmt.Println("oror", len(c))
	}
	sum := 0
	for i := 0; i < (<-c)-40; i++ {
		sum++
	}
	fmt.Println("for cond", sum, len(c))
	switch {
	case (<-c) > 1000:
		fmt.Println("no")
	case (<-c) > 0:
		fmt.Println("case", len(c))
	}
	switch (<-c) {
	case (<-c):
		fmt.Println("same")
	default:
		fmt.Println("tag+case", len(c))
	}
	ms := map[string]int{"a": 1}
	mc := make(chan map[string]int, 2)
	mc <- ms
	mc <- ms
	(<-mc)["b"] = 2
	fmt.Println("map via chan", len(ms), len(mc))
	sc := make(chan []int, 5)
	for i := 0; i < 5; i++ {
		sc <- []int{i, i + 1, i + 2}
	}
	fmt.Println("slice index", (<-sc)[1], len(sc))
	fmt.Println("slice expr", (<-sc)[1:], len(sc))
	fmt.Println("len", len((<-sc)), len(sc))
	for _, v := range (<-sc) {
		fmt.Print(v, " ")
	}
	fmt.Println("range", len(sc))
	(<-sc)[0] = 7
	fmt.Println("store via chan", len(sc))

	vc := make(chan V, 5)
	for i := 0; i < 5; i++ {
		vc <- V{i * 10}
	}
	fmt.Println("value method", (<-vc).Get(), len(vc))
	f := (<-vc).Get
	fmt.Println("method value", f(), len(vc))
	pc := make(chan *V, 5)
	for i := 0; i < 5; i++ {
		pc <- &V{i * 100}
	}
	fmt.Println("ptr method", (<-pc).Inc(), len(pc))
	(<-pc).n++
	fmt.Println("ptr field incdec", len(pc))
	(<-pc).n = 3
	fmt.Println("ptr field store", len(pc))
	g := (<-pc).Inc
	fmt.Println("ptr method value", g(), len(pc))

	ic := make(chan interface{}, 4)
	ic <- 1
	ic <- "s"
	ic <- 2.5
	switch v := (<-ic).(type) {
	case int:
		fmt.Println("type switch int", v, len(ic))
	default:
		fmt.Println("type switch other", len(ic))
	}
	switch (<-ic).(type) {
	case string:
		fmt.Println("type switch string", len(ic))
	}
	done := make(chan bool)
	go func(n int) { fmt.Println("go arg", n); done <- true }((<-c))
	<-done
	fmt.Println("after go", len(c))
	cc := make(chan chan int, 1)
	cc <- c
	fmt.Println("nested", (<-(<-cc)), len(c), len(cc))
	var iface interface{ Get() int } = V{42}
	ifc := make(chan interface{ Get() int }, 2)
	ifc <- iface
	ifc <- iface
	fmt.Println("iface method", (<-ifc).Get(), len(ifc))
	fc := make(chan func() int, 2)
	fc <- func() int { return 9 }
	fc <- func() int { return 8 }
	fmt.Println("call recv", (<-fc)(), len(fc))
	sel := make(chan int, 3)
	sel <- 1
	sel <- 2
	select {
	case v := <-(<-cc2(sel)):
		fmt.Println("select", v, len(sel))
	}
	x = 0
	x = (<-c) - (<-c)
	fmt.Println("sub", x, len(c))
	str := make(chan string, 2)
	str <- "hello"
	str <- "world"
	fmt.Println("string idx", (<-str)[1], len(str))
	arrc := make(chan [3]int, 2)
	arrc <- [3]int{1, 2, 3}
	arrc <- [3]int{4, 5, 6}
	fmt.Println("array idx", (<-arrc)[2], len(arrc))
	var ptrs [3]*int
	ptrc := make(chan *int, 2)
	n1, n2 := 1, 2
	ptrc <- &n1
	ptrc <- &n2
	*(<-ptrc) = 10
	fmt.Println("deref store", n1, n2, len(ptrc), ptrs[0] == nil)
	*(<-ptrc) += 5
	fmt.Println("deref opassign", n2, len(ptrc))

	// builtins, conversions, go and defer of a received function, select
	s := []int{}
	s = append(s, (<-c), (<-c))
	fmt.Println("append", s, len(c))
	d := make([]int, (<-c)%8)
	fmt.Println("make", len(d), len(c))
	fmt.Println("copy", copy(d, []int{(<-c)}), d, len(c))
	del := map[int]bool{29: true, 30: true, 31: true}
	delete(del, (<-c))
	fmt.Println("delete", len(del), len(c))
	fmt.Println("conv", float64((<-c)), string(rune(20+(<-c))), len(c))
	func() {
		defer func() { fmt.Println("recovered", recover(), len(c)) }()
		panic((<-c))
	}()
	fnc := make(chan func(), 2)
	fnc <- func() { fmt.Println("go received func"); done <- true }
	fnc <- func() { fmt.Println("deferred received func") }
	go (<-fnc)()
	<-done
	func() {
		defer (<-fnc)()
		fmt.Println("defer queued", len(fnc))
	}()
	var slots [4]int
	sel <- 7
	select {
	case slots[(<-c)%4] = (<-sel):
		fmt.Println("select into index", slots, len(c), len(sel))
	}
}

func cc2(c chan int) chan chan int {
	r := make(chan chan int, 1)
	r <- c
	return r
}
