// container/list, container/ring, container/heap: every operation, with elements of other lists,
// moves onto themselves, and heap orders that depend on the exact sift sequence.
package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
)

func dump(l *list.List) string {
	s := fmt.Sprintf("len %d:", l.Len())
	for e := l.Front(); e != nil; e = e.Next() {
		s += fmt.Sprint(" ", e.Value)
	}
	s += " / back:"
	for e := l.Back(); e != nil; e = e.Prev() {
		s += fmt.Sprint(" ", e.Value)
	}
	return s
}

type entry struct {
	priority int
	name     string
}

type queue []entry

func (q queue) Len() int            { return len(q) }
func (q queue) Less(i, j int) bool  { return q[i].priority < q[j].priority }
func (q queue) Swap(i, j int)       { q[i], q[j] = q[j], q[i] }
func (q *queue) Push(x interface{}) { *q = append(*q, x.(entry)) }
func (q *queue) Pop() interface{} {
	old := *q
	last := old[len(old)-1]
	*q = old[:len(old)-1]
	return last
}

func main() {
	var l list.List
	fmt.Println(dump(&l), l.Front() == nil, l.Back() == nil)
	e1 := l.PushBack(1)
	e2 := l.PushBack(2)
	e0 := l.PushFront(0)
	fmt.Println(dump(&l))
	l.InsertBefore("b1", e1)
	l.InsertAfter("a2", e2)
	fmt.Println(dump(&l))
	l.MoveToFront(e2)
	l.MoveToBack(e0)
	l.MoveToFront(e2)
	fmt.Println(dump(&l))
	l.MoveBefore(e0, e2)
	l.MoveAfter(e2, e1)
	l.MoveAfter(e1, e1)
	fmt.Println(dump(&l))
	other := list.New()
	foreign := other.PushBack("foreign")
	fmt.Println(l.InsertBefore(9, foreign) == nil, l.InsertAfter(9, foreign) == nil, l.Remove(foreign))
	l.MoveToFront(foreign)
	l.MoveBefore(e1, foreign)
	fmt.Println(dump(&l), dump(other))
	fmt.Println(l.Remove(e1), l.Remove(e1), e1.Next() == nil, e1.Prev() == nil)
	fmt.Println(dump(&l))
	l.PushBackList(&l)
	fmt.Println(dump(&l))
	l.PushFrontList(other)
	l.PushFrontList(&l)
	fmt.Println(dump(&l))
	l.Init()
	fmt.Println(dump(&l))
	for i := 0; i < 10000; i++ {
		l.PushBack(i)
	}
	sum := 0
	for e := l.Front(); e != nil; {
		next := e.Next()
		if e.Value.(int)%3 == 0 {
			sum += l.Remove(e).(int)
		}
		e = next
	}
	fmt.Println(l.Len(), sum)

	r := ring.New(5)
	fmt.Println(r.Len(), ring.New(0) == nil, (*ring.Ring)(nil).Len())
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	show := func(r *ring.Ring) {
		r.Do(func(v interface{}) { fmt.Print(v, " ") })
		fmt.Println("| len", r.Len())
	}
	show(r)
	show(r.Move(2))
	show(r.Move(-7))
	show(r.Prev())
	removed := r.Unlink(2)
	show(r)
	show(removed)
	fmt.Println(r.Unlink(0) == nil, r.Unlink(-1) == nil)
	s := ring.New(2)
	s.Value, s.Next().Value = "x", "y"
	r.Link(s)
	show(r)
	cut := r.Link(r.Move(3))
	show(r)
	show(cut)
	var zero ring.Ring
	fmt.Println(zero.Len(), zero.Next() == &zero, zero.Prev() == &zero, zero.Move(3) == &zero)
	var zero2 ring.Ring
	zero2.Value = "solo"
	show(zero2.Link(&zero))

	q := &queue{{5, "e"}, {1, "a"}, {3, "c"}, {1, "a2"}, {4, "d"}, {3, "c2"}, {2, "b"}, {1, "a3"}}
	heap.Init(q)
	fmt.Println(*q)
	heap.Push(q, entry{0, "zero"})
	heap.Push(q, entry{3, "c3"})
	fmt.Println(*q)
	fmt.Println(heap.Remove(q, 3), heap.Remove(q, q.Len()-1))
	(*q)[2].priority = 0
	heap.Fix(q, 2)
	(*q)[0].priority = 9
	heap.Fix(q, 0)
	fmt.Println(*q)
	for q.Len() > 0 {
		fmt.Print(heap.Pop(q), " ")
	}
	fmt.Println()
	var seed uint32 = 7
	for i := 0; i < 1000; i++ {
		seed = seed*1664525 + 1013904223
		heap.Push(q, entry{int(seed>>20) % 50, fmt.Sprint(i)})
	}
	var h uint64
	for q.Len() > 0 {
		e := heap.Pop(q).(entry)
		for _, c := range e.name {
			h = h*31 + uint64(c)
		}
		h = h*131 + uint64(e.priority)
	}
	fmt.Println(h)
}
