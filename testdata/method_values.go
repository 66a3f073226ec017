// Method values: x.M binds its receiver when evaluated (a copy for value
// receivers, the pointer for pointer receivers, the interface for interface
// methods), and the result is an ordinary func value.
package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()               { c.n++ }
func (c *Counter) Add(k int) int      { c.n += k; return c.n }
func (c Counter) Get() int            { return c.n }
func (c Counter) Label() string       { return fmt.Sprintf("%s=%d", c.name, c.n) }
func (c Counter) Pair() (string, int) { return c.name, c.n }

type Big struct {
	values [40]int
	tag    string
}

func (b Big) Sum() int {
	s := 0
	for _, v := range b.values {
		s += v
	}
	return s
}

func (b Big) Tagged(prefix string) Big {
	b.tag = prefix + b.tag
	return b
}

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Speaker interface{ Speak(times int) string }

type Dog struct{ name string }

func (d Dog) Speak(times int) string {
	s := ""
	for i := 0; i < times; i++ {
		s += "woof "
	}
	return d.name + ": " + s
}

func apply(fs []func(), label string) {
	for _, f := range fs {
		f()
	}
	fmt.Println(label)
}

func main() {
	c := Counter{name: "c"}
	inc := c.Inc // binds &c
	get := c.Get // binds a copy of c (n == 0)
	label := c.Label
	inc()
	inc()
	fmt.Println(c.n, get(), label(), c.Get(), c.Label())

	add := (&c).Add
	fmt.Println(add(10), add(5), c.n)

	p := &Counter{name: "p", n: 100}
	getP := p.Get // copies *p now
	p.n = 200
	fmt.Println(getP(), p.Get())

	name, n := c.Pair()
	pair := c.Pair
	n2name, n2 := pair()
	fmt.Println(name, n, n2name, n2)

	var b Big
	for i := range b.values {
		b.values[i] = i
	}
	b.tag = "big"
	sum := b.Sum
	tagged := b.Tagged
	b.values[0] = 1000
	fmt.Println(sum(), b.Sum(), tagged("very ").tag, b.tag)

	var plus Op = func(a, b int) int { return a + b }
	applyPlus := plus.Apply
	fmt.Println(applyPlus(3, 4))

	var s Speaker = Dog{"rex"}
	speak := s.Speak
	s = Dog{"fido"}
	fmt.Println(speak(2))
	fmt.Println(s.Speak(1))

	counters := []*Counter{{name: "a"}, {name: "b"}, {name: "c"}}
	var fs []func()
	for _, k := range counters {
		fs = append(fs, k.Inc, k.Inc)
	}
	apply(fs, "applied")
	for _, k := range counters {
		fmt.Print(k.Label(), " ")
	}
	fmt.Println()

	var f func() int = c.Get
	fmt.Println(f != nil, f())
	funcs := map[string]func(int) int{"add": c.Add}
	fmt.Println(funcs["add"](1), c.n)
	fmt.Printf("%T %T %T\n", inc, add, speak)
}
