// Methods on every kind of named type, through interfaces: ints, strings, slices,
// maps, funcs, arrays, big structs, pointer receivers on non-structs, nil pointer
// receivers that handle nil, and the automatic & and * of method calls.
package main

import "fmt"

type Count int

func (c *Count) Inc() Count   { *c++; return *c }
func (c Count) Double() Count { return c * 2 }

type Word string

func (w Word) Len() int { return len(w) }
func (w Word) Upper() Word {
	b := []byte(w)
	for i := range b {
		if b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 32
		}
	}
	return Word(b)
}

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}
func (l *IntList) Push(v int) { *l = append(*l, v) }

type Set map[string]bool

func (s Set) Add(k string)      { s[k] = true }
func (s Set) Has(k string) bool { return s[k] }
func (s Set) Len() int          { return len(s) }

type Handler func(string) string

func (h Handler) Handle(s string) string { return "[" + h(s) + "]" }

type Grid [3][3]int

func (g Grid) Trace() int { return g[0][0] + g[1][1] + g[2][2] }
func (g *Grid) Set(v int) { g[1][1] = v }

type Matrix struct {
	cells [8][8]float64
	name  string
}

func (m Matrix) Total() float64 {
	t := 0.0
	for _, row := range m.cells {
		for _, c := range row {
			t += c
		}
	}
	return t
}
func (m Matrix) WithName(n string) Matrix { m.name = n; return m }

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.Val + t.Left.Sum() + t.Right.Sum()
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

type Lener interface{ Len() int }
type Summer interface{ Sum() int }
type Incer interface{ Inc() Count }

func main() {
	var c Count = 5
	c.Inc()
	fmt.Println(c, c.Double(), (&c).Double())
	var inc Incer = &c
	inc.Inc()
	fmt.Println(c)

	w := Word("hello")
	fmt.Println(w.Len(), w.Upper(), Word("go").Upper().Len())

	l := IntList{1, 2}
	l.Push(3)
	(&l).Push(4)
	fmt.Println(l, l.Sum())

	s := Set{}
	s.Add("a")
	s.Add("b")
	fmt.Println(s.Has("a"), s.Has("z"), s.Len())

	h := Handler(func(s string) string { return s + s })
	fmt.Println(h.Handle("ab"))

	var g Grid
	g.Set(5)
	g[0][0], g[2][2] = 1, 2
	fmt.Println(g.Trace())

	var m Matrix
	m.cells[7][7] = 1.5
	m.cells[0][0] = 2
	named := m.WithName("m")
	fmt.Println(m.Total(), named.name, named.Total(), m.name == "")

	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4} {
		root = root.Insert(v)
	}
	fmt.Println(root.Sum(), root.Left.Sum(), root.Right.Left.Sum())

	things := []Lener{w, s, Word("xyz"), Set{"q": true}}
	for _, t := range things {
		fmt.Print(t.Len(), " ")
	}
	fmt.Println()
	summers := []Summer{l, root, IntList{10}, (*Tree)(nil)}
	for _, t := range summers {
		fmt.Print(t.Sum(), " ")
	}
	fmt.Println()
	fmt.Printf("%v %v %v %T\n", c, w, l, h)
}
