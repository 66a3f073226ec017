// Pointers: address-of, dereference, new, auto-dereference on field access, aliasing and nil.
package main

import "fmt"

type Node struct {
	Value int
	Next  *Node
}

type Counter struct {
	Hits  int
	Label string
}

func increment(p *int) {
	*p++
}

func reset(c *Counter) {
	c.Hits = 0
	c.Label = "reset"
}

func newCounter(label string) *Counter {
	c := Counter{Label: label}
	return &c
}

func swap(a, b *int) {
	*a, *b = *b, *a
}

func main() {
	x := 10
	p := &x
	*p = 20
	fmt.Println(x, *p, p == &x)
	increment(&x)
	increment(p)
	fmt.Println(x)
	q := new(int)
	fmt.Println(*q, q != nil)
	*q = 5
	swap(p, q)
	fmt.Println(x, *q)
	c := newCounter("first")
	c.Hits += 3
	(*c).Hits++
	fmt.Println(c.Label, c.Hits, (*c).Label)
	reset(c)
	fmt.Println(c.Label, c.Hits)
	d := newCounter("second")
	fmt.Println(c == d, c.Label != d.Label)
	e := c
	e.Hits = 42
	fmt.Println(c.Hits)
	var np *Counter
	fmt.Println(np == nil)
	head := &Node{Value: 1}
	head.Next = &Node{Value: 2}
	head.Next.Next = &Node{3, nil}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Value, " ")
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	ep := &arr[1]
	*ep = 200
	fmt.Println(arr[1])
	s := []int{4, 5, 6}
	sp := &s[2]
	s[2] = 60
	fmt.Println(*sp)
	pc := &Counter{Label: "lit"}
	hp := &pc.Hits
	*hp = 9
	fmt.Println(pc.Hits)
	pp := &p
	**pp = 77
	fmt.Println(x, **pp)
	st := new(Counter)
	st.Label = "new"
	fmt.Println(st.Label, st.Hits)
	copyVal := *st
	copyVal.Label = "copy"
	fmt.Println(st.Label, copyVal.Label)
	ptrs := []*Counter{newCounter("a"), newCounter("b")}
	for _, pt := range ptrs {
		pt.Hits = len(pt.Label) * 10
	}
	fmt.Println(ptrs[0].Hits, ptrs[1].Label)
	pa := new([4]int)
	(*pa)[2] = 8
	fmt.Println((*pa)[2], len(*pa))
}
