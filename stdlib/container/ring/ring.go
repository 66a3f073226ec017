// Package ring implements circular lists. A Ring is an element of one;
// there is no separate head, and every element is the ring seen from
// there. The zero Ring is a ring of one element.
package ring

// Ring is an element of a circular list.
type Ring struct {
	next, prev *Ring
	// Value is the value stored in this element.
	Value interface{}
}

// init makes a zero Ring a ring of one.
func (r *Ring) init() *Ring {
	r.next = r
	r.prev = r
	return r
}

// Next returns the next element; r must not be nil.
func (r *Ring) Next() *Ring {
	if r.next == nil {
		return r.init()
	}
	return r.next
}

// Prev returns the previous element; r must not be nil.
func (r *Ring) Prev() *Ring {
	if r.next == nil {
		return r.init()
	}
	return r.prev
}

// Move returns the element n steps forward (n < 0: backward, taken modulo
// the length of the ring); r must not be nil.
func (r *Ring) Move(n int) *Ring {
	if r.next == nil {
		return r.init()
	}
	for ; n < 0; n++ {
		r = r.prev
	}
	for ; n > 0; n-- {
		r = r.next
	}
	return r
}

// New returns a ring of n elements, or nil if n <= 0.
func New(n int) *Ring {
	if n <= 0 {
		return nil
	}
	first := new(Ring)
	last := first
	for i := 1; i < n; i++ {
		last.next = &Ring{prev: last}
		last = last.next
	}
	last.next = first
	first.prev = last
	return first
}

// Link connects ring r with ring s so that r.Next() becomes s, and
// returns what r.Next() was. If r and s are in the same ring, the
// elements between them are cut out and returned as their own ring;
// otherwise s's ring is spliced in after r. r must not be nil.
func (r *Ring) Link(s *Ring) *Ring {
	n := r.Next()
	if s != nil {
		p := s.Prev()
		r.next = s
		s.prev = r
		n.prev = p
		p.next = n
	}
	return n
}

// Unlink removes the n % r.Len() elements after r and returns them as a
// ring, or nil if n % r.Len() == 0. r must not be nil.
func (r *Ring) Unlink(n int) *Ring {
	if n <= 0 {
		return nil
	}
	return r.Link(r.Move(n + 1))
}

// Len returns the number of elements, in time proportional to it; 0 for
// a nil ring.
func (r *Ring) Len() int {
	n := 0
	if r != nil {
		n = 1
		for p := r.Next(); p != r; p = p.next {
			n++
		}
	}
	return n
}

// Do calls f with each element's Value, forward from r. f must not change
// the ring.
func (r *Ring) Do(f func(interface{})) {
	if r != nil {
		f(r.Value)
		for p := r.Next(); p != r; p = p.next {
			f(p.Value)
		}
	}
}
