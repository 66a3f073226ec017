// Package heap provides heap operations for any type implementing
// heap.Interface: a min-heap ordered by Less, where element 0 is the
// least. The heap is the usual implicit binary tree in an array: the
// children of i are 2i+1 and 2i+2.
package heap

import "sort"

// Interface is a sort.Interface with Push and Pop, which add an element
// at index Len() and remove the one at index Len()-1. Use this package's
// functions, not these methods, to change a heap.
type Interface interface {
	sort.Interface
	Push(x interface{}) // add x as element Len()
	Pop() interface{}   // remove and return element Len() - 1
}

// Init establishes the heap order among h's elements, in O(n). It must be
// called before the other functions unless h is empty or already a heap.
func Init(h Interface) {
	n := h.Len()
	for i := n/2 - 1; i >= 0; i-- {
		siftDown(h, i, n)
	}
}

// Push adds x to the heap, in O(log n).
func Push(h Interface, x interface{}) {
	h.Push(x)
	siftUp(h, h.Len()-1)
}

// Pop removes and returns the least element (by Less), in O(log n). Pop
// is equivalent to Remove(h, 0).
func Pop(h Interface) interface{} {
	last := h.Len() - 1
	h.Swap(0, last)
	siftDown(h, 0, last)
	return h.Pop()
}

// Remove removes and returns the element at index i, in O(log n).
func Remove(h Interface, i int) interface{} {
	last := h.Len() - 1
	if last != i {
		h.Swap(i, last)
		if !siftDown(h, i, last) {
			siftUp(h, i)
		}
	}
	return h.Pop()
}

// Fix restores the heap order after the element at index i changed, in
// O(log n); cheaper than Remove followed by Push.
func Fix(h Interface, i int) {
	if !siftDown(h, i, h.Len()) {
		siftUp(h, i)
	}
}

// siftUp moves element j up while it is less than its parent.
func siftUp(h Interface, j int) {
	for {
		parent := (j - 1) / 2
		if parent == j || !h.Less(j, parent) {
			return
		}
		h.Swap(parent, j)
		j = parent
	}
}

// siftDown moves element i0 down among the first n while a child is less,
// and reports whether it moved.
func siftDown(h Interface, i0, n int) bool {
	i := i0
	for {
		child := 2*i + 1
		if child >= n || child < 0 { // child < 0 after int overflow
			break
		}
		if right := child + 1; right < n && h.Less(right, child) {
			child = right
		}
		if !h.Less(child, i) {
			break
		}
		h.Swap(i, child)
		i = child
	}
	return i > i0
}
