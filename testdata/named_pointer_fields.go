package main

import "fmt"

// Through a defined pointer type (type P *S) p.f selects S's fields, embedded ones
// included, as (*p).f does; and `type T2 T1` is valid when T1 refers to T2 only through
// pointers (recursion through values alone is invalid).

type S struct{ x, y int }

func (s S) Get() int { return s.x }

type Inner struct{ z int }
type Outer struct {
	Inner
	*S
}

type P *S
type Q *Outer

type T1 struct {
	next *T2
	all  []T2
	byID map[int]*T1
	v    int
}
type T2 T1

type List struct {
	head *Node
	n    int
}
type Node struct {
	next *Node
	rest *Rest
	v    int
}
type Rest List

func main() {
	var p P = &S{1, 2}
	p.x = 5
	fmt.Println(p.x, p.y, (*p).x, (*p).Get())
	q := Q(&Outer{Inner{3}, &S{4, 5}})
	q.z++
	q.x += 10
	fmt.Println(q.z, q.x, q.Inner.z, q.S.y, (*q).Get())
	pp := &p
	(*pp).y = 9
	fmt.Println((*pp).x, p.y)

	a := T2{v: 1}
	b := T1{next: &a, v: 2, all: []T2{{v: 3}}}
	a.next = &T2{v: 4}
	fmt.Println(b.v, b.next.v, b.next.next.v, len(b.all), b.all[0].v, T2(b).v)
	r := Rest{head: &Node{v: 6}, n: 1}
	r.head.rest = &r
	fmt.Println(r.head.rest.head.v, List(r).n)
}
