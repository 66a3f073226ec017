// A singly linked list with pointers: push, append, reverse, remove, and a doubly linked deque.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	Head *Node
	Len  int
}

func push(l *List, v int) {
	l.Head = &Node{v, l.Head}
	l.Len++
}

func appendTail(l *List, v int) {
	n := &Node{Val: v}
	l.Len++
	if l.Head == nil {
		l.Head = n
		return
	}
	cur := l.Head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = n
}

func reverse(l *List) {
	var prev *Node
	cur := l.Head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.Head = prev
}

func remove(l *List, v int) bool {
	pp := &l.Head
	for *pp != nil {
		if (*pp).Val == v {
			*pp = (*pp).Next
			l.Len--
			return true
		}
		pp = &(*pp).Next
	}
	return false
}

func show(l *List) {
	fmt.Print("(", l.Len, ") ")
	for n := l.Head; n != nil; n = n.Next {
		fmt.Print(n.Val)
		if n.Next != nil {
			fmt.Print(" -> ")
		}
	}
	fmt.Println()
}

type DNode struct {
	Val        string
	Prev, Next *DNode
}

func main() {
	var l List
	show(&l)
	for i := 1; i <= 5; i++ {
		push(&l, i)
	}
	show(&l)
	appendTail(&l, 0)
	show(&l)
	reverse(&l)
	show(&l)
	fmt.Println(remove(&l, 3), remove(&l, 0), remove(&l, 5), remove(&l, 42))
	show(&l)
	sum := 0
	for n := l.Head; n != nil; n = n.Next {
		sum += n.Val
	}
	fmt.Println("sum", sum)
	var head, tail *DNode
	for _, s := range []string{"a", "b", "c", "d"} {
		n := &DNode{Val: s, Prev: tail}
		if tail == nil {
			head = n
		} else {
			tail.Next = n
		}
		tail = n
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val)
	}
	fmt.Print(" / ")
	for n := tail; n != nil; n = n.Prev {
		fmt.Print(n.Val)
	}
	fmt.Println()
	head.Next.Next.Prev.Val = "B"
	fmt.Println(head.Next.Val, tail.Prev.Prev.Val)
	var big List
	for i := 0; i < 10000; i++ {
		push(&big, i)
	}
	reverse(&big)
	fmt.Println(big.Len, big.Head.Val, big.Head.Next.Val)
}
