// Type assertions in every form: x.(T) and v, ok := x.(T) to concrete and
// interface types, `=` assignments, big values, pointers, zero values on failure,
// and assertions between non-empty interfaces.
package main

import "fmt"

type Big struct {
	Data [30]int
	Name string
}

type Walker interface{ Walk() string }
type Runner interface {
	Walker
	Run() string
}

type Legs struct{ n int }

func (l Legs) Walk() string { return fmt.Sprint(l.n, " legs walking") }

type Athlete struct{ Legs }

func (a *Athlete) Run() string { return "running on " + a.Walk() }

func main() {
	var b Big
	b.Data[29] = 7
	b.Name = "big"
	var x interface{} = b
	got := x.(Big)
	fmt.Println(got.Name, got.Data[29])
	if v, ok := x.(Big); ok {
		fmt.Println("ok", v.Data[29])
	}
	v2, ok := x.(*Big)
	fmt.Println(v2 == nil, ok)

	var (
		n   int
		s   string
		ok2 bool
	)
	x = "text"
	n, ok2 = x.(int)
	fmt.Println(n, ok2)
	s, ok2 = x.(string)
	fmt.Println(s, ok2)
	_, ok2 = x.(fmt.Stringer)
	fmt.Println(ok2)
	bb, ok3 := x.(Big)
	fmt.Println(bb.Name == "", bb.Data[0], ok3)

	a := &Athlete{Legs{2}}
	var w Walker = a
	if r, ok := w.(Runner); ok {
		fmt.Println(r.Run())
	}
	w = Legs{4}
	r, ok := w.(Runner)
	fmt.Println(r == nil, ok, w.(Legs).n)
	w = a
	fmt.Println(w.(*Athlete).n, w.(Runner).Walk())

	var anything interface{} = w
	fmt.Println(anything.(Walker).Walk(), anything.(Runner).Run())
	if _, isLegs := anything.(Legs); !isLegs {
		fmt.Printf("%T is not Legs\n", anything)
	}
	values := []interface{}{1, "s", 2.5, a, nil}
	total := 0
	for _, v := range values {
		if i, ok := v.(int); ok {
			total += i
		} else if s, ok := v.(string); ok {
			total += len(s) * 10
		} else if _, ok := v.(Walker); ok {
			total += 100
		}
	}
	fmt.Println(total)
	p := &b
	var px interface{} = p
	px.(*Big).Name = "changed through the pointer"
	fmt.Println(b.Name)
}
