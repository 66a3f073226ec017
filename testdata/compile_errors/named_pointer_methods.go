package main

// A defined pointer type has no methods: not those of its base type either.

type S struct{ x int }

func (s S) Get() int   { return s.x }
func (s *S) Set(v int) { s.x = v }

type Outer struct{ *S }

type P *S
type Q *Outer

func main() {
	var p P = &S{1}
	p.x = 2
	p.Get()
	p.Set(3)
	var q Q = &Outer{p}
	q.Get()
	_ = q.x
}
