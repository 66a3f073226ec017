package main

import "fmt"

type Set map[string]struct{}

func NewSet(items ...string) Set {
	s := make(Set, len(items))
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set) Add(item string)           { s[item] = struct{}{} }
func (s Set) Has(item string) bool      { _, ok := s[item]; return ok }
func (s Set) Remove(item string)        { delete(s, item) }
func (s Set) Len() int                  { return len(s) }

func (s Set) Union(t Set) Set {
	out := NewSet()
	for k := range s {
		out.Add(k)
	}
	for k := range t {
		out.Add(k)
	}
	return out
}

func (s Set) Intersect(t Set) Set {
	out := NewSet()
	for k := range s {
		if t.Has(k) {
			out.Add(k)
		}
	}
	return out
}

func (s Set) Minus(t Set) Set {
	out := NewSet()
	for k := range s {
		if !t.Has(k) {
			out.Add(k)
		}
	}
	return out
}

func (s Set) Equal(t Set) bool {
	if len(s) != len(t) {
		return false
	}
	for k := range s {
		if !t.Has(k) {
			return false
		}
	}
	return true
}

func main() {
	a := NewSet("go", "rust", "c", "zig")
	b := NewSet("c", "go", "python", "java")
	fmt.Println(a, b)
	fmt.Println(a.Union(b), a.Union(b).Len())
	fmt.Println(a.Intersect(b))
	fmt.Println(a.Minus(b), b.Minus(a))
	fmt.Println(a.Has("go"), a.Has("java"), a.Equal(NewSet("c", "go", "rust", "zig")), a.Equal(b))
	a.Remove("zig")
	a.Remove("absent")
	fmt.Println(a, a.Len())

	// bool sets and the zero value
	seen := map[int]bool{}
	dups := []int{}
	for _, n := range []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5} {
		if seen[n] {
			dups = append(dups, n)
		}
		seen[n] = true
	}
	fmt.Println(dups, len(seen), seen)

	// sieve of primes as a set of composites
	composite := map[int]struct{}{}
	primes := []int{}
	for i := 2; i < 60; i++ {
		if _, c := composite[i]; c {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j < 60; j += i {
			composite[j] = struct{}{}
		}
	}
	fmt.Println(primes, len(composite))
	fmt.Printf("%T %T %v\n", a, composite, NewSet())
}
