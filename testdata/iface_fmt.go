// fmt and methods: String() and Error() at every depth, GoString() for %#v, the
// verbs that do not call them, unexported fields (not called), nil pointer
// receivers, and methods that panic (fmt recovers and reports them).
package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) String() string {
	if n == nil {
		return "nil-node"
	}
	return fmt.Sprintf("%d->%v", n.Val, n.Next)
}

type Fragile struct{ name string }

func (f *Fragile) String() string { return "fragile " + f.name } // no nil check

type Boom int

func (b Boom) String() string {
	if b > 0 {
		panic(fmt.Sprintf("boom %d", int(b)))
	}
	return "quiet"
}

type Bad struct{}

func (Bad) Error() string { panic(errors.New("error in Error")) }

type Go struct{ A, B int }

func (g Go) GoString() string { return fmt.Sprintf("Go(%d, %d)", g.A, g.B) }

type Reading struct {
	Where string
	Temp  Celsius
	temp  Celsius
	When  fmt.Stringer
	Err   error
}

func main() {
	fmt.Println(Celsius(21.5), []Celsius{1, 2}, [1]Celsius{3}, map[string]Celsius{"x": 4})
	fmt.Printf("%v %s %q %x %X %d %5.1f %8v| %-8s|\n", Celsius(1), Celsius(1), Celsius(1), Celsius(1),
		Celsius(1), Celsius(1), Celsius(1), Celsius(1), Celsius(1))

	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println(list)
	var empty *Node
	fmt.Println(empty, []*Node{empty, list.Next.Next})
	fmt.Printf("%v %+v %s\n", empty, empty, empty)

	var f *Fragile
	fmt.Println(f, &Fragile{"glass"})
	fmt.Printf("[%v] [%s] [%d]\n", f, f, f == nil)

	fmt.Println(Boom(0), Boom(3))
	fmt.Printf("%v|%s|%d\n", Boom(2), []Boom{0, 1}, Boom(5))
	fmt.Println(Bad{})
	fmt.Printf("%v\n", Bad{})

	g := Go{1, 2}
	fmt.Printf("%v %+v %#v %#v\n", g, g, g, []Go{g})

	r := Reading{"lab", 20, 30, Celsius(5), errors.New("sensor offline")}
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Println(&r)
	r.When, r.Err = nil, nil
	fmt.Printf("%v\n", r)

	var iface interface{} = Celsius(7)
	var st fmt.Stringer = Celsius(8)
	fmt.Println(iface, st, []interface{}{iface, st, nil}, []fmt.Stringer{st, nil})
	fmt.Printf("%T %T %v\n", iface, st, [][]interface{}{{1, Celsius(2)}})
}
