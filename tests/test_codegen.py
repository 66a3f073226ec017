"""Codegen tests: IR-level properties that Go's semantics and the benchmarks depend
on (the runtime ABI against runtime.h is test_runtime_abi.py's), and small programs
built with `minigo build` and run, their output compared with what the same program
printed when built by gc (go1.19; recorded below)."""

import os
import pathlib
import re
import subprocess
import sys

import pytest


REPO_ROOT = pathlib.Path(__file__).resolve().parent.parent

# name -> (Go source, stdout of the program built by gc, go1.19)
PROGRAMS = {
    'divshift': (r'''
package main

import "fmt"

//go:noinline
func div(a, b int64) (int64, int64) { return a / b, a % b }

func main() {
	var min64 int64 = -1 << 63
	q, r := div(min64, -1)
	fmt.Println(q, r)
	var m8 int8 = -128
	var n8 int8 = -1
	fmt.Println(m8/n8, m8%n8)
	for _, d := range []int{3, -3, 7, -7, 1, -1} {
		fmt.Println(-20/d, -20%d, 20/d, 20%d)
	}
	var u uint32 = 0xdeadbeef
	for _, s := range []uint{0, 1, 31, 32, 33, 64, 100} {
		fmt.Println(u<<s, u>>s, int32(u)>>s, int64(-5)>>s, int64(5)<<s)
	}
	var c8 uint8 = 200
	fmt.Println(1<<(c8-190), int8(1)<<c8, uint16(0xffff)>>c8)
	x := 1
	for i := 0; i < 70; i += 7 {
		fmt.Print(x<<i, " ")
	}
	fmt.Println()
	var big uint64 = 1 << 63
	fmt.Println(big/3, big%7, int64(big)/3)
}
''',
        b''.join([
            b'-9223372036854775808 0\n',
            b'-128 0\n',
            b'-6 -2 6 2\n',
            b'6 -2 -6 2\n',
            b'-2 -6 2 6\n',
            b'2 -6 -2 6\n',
            b'-20 0 20 0\n',
            b'20 0 -20 0\n',
            b'3735928559 3735928559 -559038737 -5 5\n',
            b'3176889822 1867964279 -279519369 -3 10\n',
            b'2147483648 1 -1 -1 10737418240\n',
            b'0 0 -1 -1 21474836480\n',
            b'0 0 -1 -1 42949672960\n',
            b'0 0 -1 -1 0\n',
            b'0 0 -1 -1 0\n',
            b'1024 0 0\n',
            b'1 128 16384 2097152 268435456 34359738368 4398046511104 562949953421312 72057594037927936 -9223372036854775808 \n',
            b'3074457345618258602 1 -3074457345618258602\n',
        ])),
    'floatconv': (r'''
package main

import "fmt"

func main() {
	vals := []float64{300.5, -300.5, 1e10, -1e10, 3e9, 1e19, -1e19, 1e30, -1, 70000, -0.9, 0.9}
	for _, x := range vals {
		fmt.Println(x, int8(x), uint8(x), int16(x), uint16(x), int32(x), uint32(x), int64(x), uint64(x), int(x), uint(x))
	}
	var f32 float32 = 16777217
	fmt.Println(f32, float64(f32), int(f32))
	var i64 int64 = 1<<53 + 1
	fmt.Println(float64(i64), float32(i64))
	var u64 uint64 = 1<<64 - 1
	fmt.Println(float64(u64), float32(u64))
	a, b, c := 0.1, 0.2, 0.3
	fmt.Println(a*b+c, a+b == c, a*b+c == 0.32)
	var z float64
	nan := z / z
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, 1/z, -1/z)
}
''',
        b''.join([
            b'300.5 44 44 300 300 300 300 300 300 300 300\n',
            b'-300.5 -44 212 -300 65236 -300 4294966996 -300 18446744073709551316 -300 18446744073709551316\n',
            b'1e+10 0 0 0 0 -2147483648 1410065408 10000000000 10000000000 10000000000 10000000000\n',
            b'-1e+10 0 0 0 0 -2147483648 2884901888 -10000000000 18446744063709551616 -10000000000 18446744063709551616\n',
            b'3e+09 0 0 0 0 -2147483648 3000000000 3000000000 3000000000 3000000000 3000000000\n',
            b'1e+19 0 0 0 0 -2147483648 0 -9223372036854775808 10000000000000000000 -9223372036854775808 10000000000000000000\n',
            b'-1e+19 0 0 0 0 -2147483648 0 -9223372036854775808 9223372036854775808 -9223372036854775808 9223372036854775808\n',
            b'1e+30 0 0 0 0 -2147483648 0 -9223372036854775808 9223372036854775808 -9223372036854775808 9223372036854775808\n',
            b'-1 -1 255 -1 65535 -1 4294967295 -1 18446744073709551615 -1 18446744073709551615\n',
            b'70000 112 112 4464 4464 70000 70000 70000 70000 70000 70000\n',
            b'-0.9 0 0 0 0 0 0 0 0 0 0\n',
            b'0.9 0 0 0 0 0 0 0 0 0 0\n',
            b'1.6777216e+07 1.6777216e+07 16777216\n',
            b'9.007199254740992e+15 9.007199e+15\n',
            b'1.8446744073709552e+19 1.8446744e+19\n',
            b'0.32 false true\n',
            b'false true false false +Inf -Inf\n',
        ])),
    'strs': (r'''
package main

import "fmt"

func main() {
	s := "héllo, 世界!"
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	for i := range "ab\xffc" {
		fmt.Print(i, " ")
	}
	for _, r := range "a\xffb" {
		fmt.Print(r, " ")
	}
	fmt.Println(len(s), s[1], s[2:6], s[:0] == "", s[len(s):])
	t := s + "!" + s[:1]
	fmt.Println(t, t < s, t > s, "abc" < "abd", "ab" < "abc", "" < "a", t == s+"!h")
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b), s)
	rs := []rune(s)
	fmt.Println(len(rs), string(rs[7:]), string(rune(0x4e16)), string(rune(-1)))
	var empty string
	fmt.Println(empty == "", len(empty))
	switch s[:1] {
	case "x":
		fmt.Println("x")
	case "h":
		fmt.Println("h!")
	}
}
''',
        b''.join([
            b'0:h 1:\xc3\xa9 3:l 4:l 5:o 6:, 7:  8:\xe4\xb8\x96 11:\xe7\x95\x8c 14:! \n',
            b'0 1 2 3 97 65533 98 15 195 \xa9llo true \n',
            b'h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c!!h false true true true true true\n',
            b'H\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c! h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c!\n',
            b'10 \xe4\xb8\x96\xe7\x95\x8c! \xe4\xb8\x96 \xef\xbf\xbd\n',
            b'true 0\n',
            b'h!\n',
        ])),
    'aggregates': (r'''
package main

import "fmt"

type Point struct {
	X, Y int
	Name string
}

type Pair struct {
	A [3]int
	P Point
	F float64
}

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func swap(p *Point) { p.X, p.Y = p.Y, p.X }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	c := modify(a)
	fmt.Println(a, b, c, a == b, a == [3]int{1, 2, 3})
	p := Point{1, 2, "p"}
	q := p
	q.Name = "q"
	swap(&q)
	fmt.Println(p, q, p == q, p == Point{1, 2, "p"})
	pp := &Point{Y: 5}
	pp.X += 3
	fmt.Println(*pp, pp.X, pp.Y)
	pr := Pair{F: 1.5}
	pr.A[2] = 7
	pr.P.Name = "in"
	pr2 := pr
	pr2.A[2] = 8
	fmt.Println(pr, pr2, pr == pr2)
	grid := [3][4]int{}
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i * j
		}
	}
	row := grid[2]
	row[0] = 99
	fmt.Println(grid, row)
	for i, v := range a {
		a[2] = 50
		fmt.Print(i, v, " ")
	}
	fmt.Println(a)
	ps := []Point{{1, 2, "a"}, {3, 4, "b"}}
	for i := range ps {
		ps[i].X *= 10
	}
	fmt.Println(ps, len(ps))
	ptr := &ps[1]
	ptr.Y = -1
	fmt.Println(ps[1])
	arrp := &a
	arrp[0] = -1
	fmt.Println(a, len(arrp), arrp[1:])
	type Flags struct{ a, b bool }
	f1 := Flags{true, false}
	f2 := Flags{true, false}
	fmt.Println(f1 == f2, f1 != Flags{}, f1)
}
''',
        b''.join([
            b'[1 2 3] [1 20 3] [100 2 3] false true\n',
            b'{1 2 p} {2 1 q} false true\n',
            b'{3 5 } 3 5\n',
            b'{[0 0 7] {0 0 in} 1.5} {[0 0 8] {0 0 in} 1.5} false\n',
            b'[[0 0 0 0] [0 1 2 3] [0 2 4 6]] [99 2 4 6]\n',
            b'0 1 1 2 2 3 [1 2 50]\n',
            b'[{10 2 a} {30 4 b}] 2\n',
            b'{30 -1 b}\n',
            b'[-1 2 50] 3 [2 50]\n',
            b'true true {true false}\n',
        ])),
    'slices': (r'''
package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func pair() (int, string) { return 7, "seven" }

func named(n int) (q, r int) {
	q = n / 3
	r = n % 3
	if n < 0 {
		return
	}
	return q * 10, r * 10
}

func main() {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i)
		fmt.Print(len(s), ":", cap(s), " ")
	}
	fmt.Println()
	t := s[2:5]
	t = append(t, 100)
	fmt.Println(s, t, len(t), cap(t))
	u := s[2:4:5]
	u = append(u, 1, 2, 3)
	fmt.Println(s, u, len(u), cap(u))
	v := make([]int, 3, 10)
	n := copy(v, s)
	fmt.Println(n, v, sum(), sum(1, 2, 3), sum(s...))
	b := []byte("hello")
	b = append(b, " world"...)
	fmt.Println(string(b), copy(b, "J"), string(b))
	x, y := pair()
	fmt.Println(x, y)
	fmt.Println(pair())
	fmt.Println(named(10))
	fmt.Println(named(-10))
	m := make([][]int, 3)
	for i := range m {
		m[i] = make([]int, i+1)
		m[i][i] = i
	}
	fmt.Println(m, m[2][1:], len(m[1:]))
	var nilslice []string
	fmt.Println(nilslice == nil, len(nilslice), append(nilslice, "a"), []int{} == nil)
	w := s[:0]
	for _, e := range s {
		if e%2 == 0 {
			w = append(w, e)
		}
	}
	fmt.Println(w, s)
	z := make([]float64, 4)
	z[3] = 1.5
	fmt.Println(z)
}
''',
        b''.join([
            b'1:1 2:2 3:4 4:4 5:8 6:8 7:8 8:8 9:16 10:16 \n',
            b'[0 1 2 3 4 100 6 7 8 9] [2 3 4 100] 4 14\n',
            b'[0 1 2 3 4 100 6 7 8 9] [2 3 1 2 3] 5 6\n',
            b'3 [0 1 2] 0 6 140\n',
            b'Jello world 1 Jello world\n',
            b'7 seven\n',
            b'7 seven\n',
            b'30 10\n',
            b'-3 -1\n',
            b'[[0] [0 1] [0 0 2]] [0 2] 2\n',
            b'true 0 [a] false\n',
            b'[0 2 4 100 6 8] [0 2 4 100 6 8 6 7 8 9]\n',
            b'[0 0 0 1.5]\n',
        ])),
    'control': (r'''
package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	}
	return "big"
}

func main() {
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	for i := 0; i < 6; i++ {
		switch i {
		case 0, 1:
			fmt.Print("low ")
			fallthrough
		case 2:
			fmt.Print("two ")
		case 3:
			if i == 3 {
				break
			}
			fmt.Print("never ")
		default:
			fmt.Print("def ")
		}
	}
	fmt.Println()
	i := 0
loop:
	if i < 4 {
		fmt.Print(i)
		i++
		goto loop
	}
	fmt.Println()
	fmt.Println(classify(-1), classify(0), classify(5), classify(50))
	k := 0
	for {
		k++
		if k > 100 {
			break
		}
	}
	fmt.Println(k)
	t := true
	f := false
	fmt.Println(t && !f, t || f, !t || f && t, t != f, t == (k > 3))
	var count int
	for count < 3 {
		count++
	}
	fmt.Println(count)
	switch x := k * 2; {
	case x > 100:
		fmt.Println("x big", x)
	}
}
''',
        b''.join([
            b'0 0 0 1 0 2 1 0 1 1 1 2 2 0 2 1 2 2 \n',
            b'low two low two two def def \n',
            b'0123\n',
            b'neg zero small big\n',
            b'101\n',
            b'true true false true true\n',
            b'3\n',
            b'x big 202\n',
        ])),
    'order': (r'''
package main

import "fmt"

var g int

func bump(p *int) int {
	*p += 10
	return *p
}

func setg() int {
	g = 5
	return 1
}

func main() {
	i := 1
	fmt.Println(i, bump(&i), i)
	j := 1
	k := j + bump(&j)
	fmt.Println(k, j)
	a := []int{1, 2, 3}
	n := 0
	a[n%3] = bump(&n) - 10
	fmt.Println(a, n)
	x, y := g, setg()
	fmt.Println(x, y, g)
	b := []byte("abc")
	fmt.Println(string(b), copy(b, "X"), string(b))
	s := []int{1}
	fmt.Println(len(s), len(append(s, 2)), s)
	m := 3
	if m > 2 && bump(&m) > 12 || m == 3 {
		fmt.Println("cond", m)
	}
	arr := [2]int{g, setg()}
	fmt.Println(arr)
	var t int
	t, g = g+1, setg()+g
	fmt.Println(t, g)
}
''',
        b''.join([
            b'11 11 11\n',
            b'22 11\n',
            b'[1 0 3] 10\n',
            b'5 1 5\n',
            b'Xbc 1 Xbc\n',
            b'1 2 [1]\n',
            b'cond 13\n',
            b'[5 1]\n',
            b'6 6\n',
        ])),
    'boolmem': (r'''
package main

import "fmt"

type Cell struct {
	alive bool
	n     int8
	flags [3]bool
}

var table [4]bool
var ready bool

func flip(b []bool) {
	for i := range b {
		b[i] = !b[i]
	}
}

func main() {
	cells := make([]Cell, 3)
	cells[1].alive = true
	cells[2].flags[1] = true
	for _, c := range cells {
		fmt.Println(c.alive, c.n, c.flags, c)
	}
	bs := []bool{true, false, true}
	flip(bs)
	fmt.Println(bs, table, ready)
	table[2] = true
	ready = table[2] && !table[1]
	fmt.Println(table, ready, cells[1] == Cell{alive: true}, cells[0] != cells[1])
	count := 0
	for _, b := range []bool{true, true, false} {
		if b {
			count++
		}
	}
	var u8 uint8 = 250
	u8 += 10
	var i16 int16 = -32768
	i16--
	fmt.Println(count, u8, i16, ^u8, -i16)
}
''',
        b''.join([
            b'false 0 [false false false] {false 0 [false false false]}\n',
            b'true 0 [false false false] {true 0 [false false false]}\n',
            b'false 0 [false true false] {false 0 [false true false]}\n',
            b'[false true false] [false false false false] false\n',
            b'[false false true false] true true true\n',
            b'2 4 32767 251 -32767\n',
        ])),
    'meth': (r'''
package main

import "fmt"

type Counter struct {
	n    int
	name string
}

func (c *Counter) Inc() { c.n++ }
func (c Counter) Get() int { return c.n }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	p := &c
	p.Inc()
	fmt.Println(c.Get(), p.Get(), c.n)
	fmt.Println(Celsius(100).F())
}
''',
        b''.join([
            b'3 3 3\n',
            b'212\n',
        ])),
    'emb': (r'''
package main

import "fmt"

type Base struct{ id int }

func (b *Base) SetID(v int) { b.id = v }
func (b Base) ID() int      { return b.id }

type Derived struct {
	name string
	Base
}

type PD struct {
	*Base
	x int
}

func main() {
	var d Derived
	d.SetID(5)
	fmt.Println(d.ID(), d.id, d.Base.id)
	pd := PD{&Base{7}, 1}
	pd.SetID(8)
	fmt.Println(pd.ID(), pd.id)
}
''',
        b''.join([
            b'5 5 5\n',
            b'8 8\n',
        ])),
    'bigarr2': (r'''
package main

import "fmt"

type Grid [100][100]int

type Rec struct {
	name  string
	vals  [40]float64
	flags [8]bool
}

func sum(g Grid) int {
	t := 0
	for i := range g {
		for j := range g[i] {
			t += g[i][j]
		}
	}
	g[0][0] = 12345
	return t
}

func fill(g *Grid) {
	for i := 0; i < 100; i++ {
		g[i][i] = i
	}
}

func ret() Grid {
	var g Grid
	g[5][5] = 5
	return g
}

func two(k int) (Grid, int) {
	var g Grid
	g[1][2] = k
	return g, k * 2
}

func mk(n string) Rec {
	r := Rec{name: n}
	r.vals[3] = 1.5
	r.flags[7] = true
	return r
}

func main() {
	var g Grid
	fill(&g)
	h := g
	h[1][1] = 1000
	fmt.Println(sum(g), sum(h), sum(ret()), g[0][0], g == h, g == g, ret() == ret())
	g2, k := two(9)
	fmt.Println(g2[1][2], k, ret()[5][5], ret()[5])
	var big [200000]int
	big[199999] = 7
	c := big
	c[0] = 1
	fmt.Println(big[0], c[0], c[199999], len(c), c == big)
	a, b := mk("a"), mk("b")
	fmt.Println(a.name, a.vals[3], a.flags, a == b, a == mk("a"), mk("z").name)
	a, b = b, a
	fmt.Println(a.name, b.name)
	recs := []Rec{a, b, mk("c")}
	for _, r := range recs {
		fmt.Print(r.name, r.vals[3], " ")
	}
	fmt.Println()
	arrs := [3][50]int{}
	arrs[2][49] = 3
	for i, row := range arrs {
		fmt.Print(i, row[49], " ")
	}
	fmt.Println(arrs[2] == [50]int{49: 3})
}
''',
        b''.join([
            b'4950 5949 5 0 false true true\n',
            b'9 18 5 [0 0 0 0 0 5 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0]\n',
            b'0 1 7 200000 false\n',
            b'a 1.5 [false false false false false false false true] false true z\n',
            b'b a\n',
            b'b1.5 a1.5 c1.5 \n',
            b'0 0 1 0 2 3 true\n',
        ])),
    'inits': (r'''
package main

import "fmt"

var order []string

var a = record("a", b+1)
var b = record("b", 2)
var _ = record("blank", 0)
var c, d = pair()

func record(name string, v int) int {
	order = append(order, name)
	return v
}

func pair() (int, string) {
	order = append(order, "pair")
	return 3, "d"
}

func init() {
	order = append(order, "init1")
}

func init() {
	order = append(order, "init2")
	a *= 10
}

func main() {
	fmt.Println(order, a, b, c, d)
}
''',
        b''.join([
            b'[b a blank pair init1 init2] 30 2 3 d\n',
        ])),
    'misc': (r'''
package main

import (
	"fmt"
	"os"
	"strconv"
)

var prog = len(os.Args)

type Node struct {
	val  int
	next *Node
}

type Matrix [3][3]float64

func (m *Matrix) Scale(f float64) {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= f
		}
	}
}

func listSum(n *Node) (total int) {
	for ; n != nil; n = n.next {
		total += n.val
	}
	return
}

func main() {
	fmt.Println(prog > 0)
	var head *Node
	for i := 1; i <= 5; i++ {
		head = &Node{i, head}
	}
	fmt.Println(listSum(head), head.next.next.val)
	pp := &head
	(*pp).val = 100
	fmt.Println(head.val, (**pp).next.val)
	s := []int{0, 1, 2, 3, 4, 5}
	copy(s[1:], s)
	fmt.Println(s)
	s = append(s[:1], s[2:]...)
	fmt.Println(s, len(s), cap(s))
	words := [3]string{"a", "b", "c"}
	other := words
	other[1] = "B"
	fmt.Println(words == other, words != [3]string{"a", "b", "c"}, words)
	m := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	m.Scale(0.5)
	fmt.Println(m)
	for _, w := range []string{"10", "-3", "x", "99999999999999999999"} {
		n, err := strconv.Atoi(w)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(n*2, strconv.Itoa(n)+"!")
	}
	total := 0
outer:
	for i := 0; i < 10; i++ {
		switch {
		case i%2 == 0:
			continue
		case i > 6:
			break outer
		}
		total += i
	}
	fmt.Println(total)
	var x uint8 = 255
	x++
	var y int32 = 1 << 30
	y *= 4
	fmt.Println(x, y, -7/2, -7%2, 7>>1, -7>>1)
	b := []byte{}
	fmt.Println(string(b) == "", len(string(b)), fmt.Sprint(1, 2, "a", "b", 3), fmt.Sprintf("%5.2f|%-4d|%x", 3.14159, 7, 255))
	f := 1e300
	fmt.Println(f*1e10, -f*1e10, float32(f))
}
''',
        b''.join([
            b'true\n',
            b'15 3\n',
            b'100 4\n',
            b'[0 0 1 2 3 4]\n',
            b'[0 1 2 3 4] 5 6\n',
            b'false false [a b c]\n',
            b'[[0.5 1 1.5] [2 2.5 3] [3.5 4 4.5]]\n',
            b'20 10!\n',
            b'-6 -3!\n',
            b'error: strconv.Atoi: parsing "x": invalid syntax\n',
            b'error: strconv.Atoi: parsing "99999999999999999999": value out of range\n',
            b'9\n',
            b'0 0 -3 -1 3 -4\n',
            b'true 0 1 2ab3  3.14|7   |ff\n',
            b'+Inf -Inf +Inf\n',
        ])),
}

PANICS_SOURCE = r'''
package main

import (
	"fmt"
	"os"
)

type T struct{ v int }

func main() {
	s := []int{1, 2, 3}
	n := len(os.Args) + 4
	var p *T
	var z int
	fmt.Println("start")
	switch os.Args[1] {
	case "index":
		fmt.Println(s[n])
	case "negindex":
		fmt.Println(s[-n+3])
	case "slice":
		fmt.Println(s[1:n])
	case "slice2":
		fmt.Println(s[n:2])
	case "nil":
		fmt.Println(p.v)
	case "div":
		fmt.Println(n / z)
	case "shift":
		fmt.Println(1 << (z - n))
	case "custom":
		panic("boom")
	case "exit":
		os.Exit(3)
	case "makeslice":
		fmt.Println(make([]int, z-n))
	case "str":
		fmt.Println("abc"[n])
	case "arr":
		var a [4]int
		fmt.Println(a[n])
	}
}
'''
# (argument, exit status, first line of stderr) of the gc-built program; stdout is always start\n
PANIC_CASES = [
    ('index', 2, b'panic: runtime error: index out of range [6] with length 3'),
    ('negindex', 2, b'panic: runtime error: index out of range [-3]'),
    ('slice', 2, b'panic: runtime error: slice bounds out of range [:6] with capacity 3'),
    ('slice2', 2, b'panic: runtime error: slice bounds out of range [6:2]'),
    ('nil', 2, b'panic: runtime error: invalid memory address or nil pointer dereference'),
    ('div', 2, b'panic: runtime error: integer divide by zero'),
    ('shift', 2, b'panic: runtime error: negative shift amount'),
    ('custom', 2, b'panic: boom'),
    ('exit', 3, b''),
    ('makeslice', 2, b'panic: runtime error: makeslice: len out of range'),
    ('str', 2, b'panic: runtime error: index out of range [6] with length 3'),
    ('arr', 2, b'panic: runtime error: index out of range [6] with length 4'),
]


# ---------------------------------------------------------------- IR-level properties

def generate_ir(source: str, tmp_path: pathlib.Path) -> str:
    """codegen's module (before any optimisation) for one Go file, as text (the file's
    imports, fmt included, are loaded and checked as a build does)."""
    return str(_program_module(source, tmp_path))


def _program_module(source: str, tmp_path: pathlib.Path):
    from minigo import build

    path = tmp_path / "prog.go"
    path.write_text(source)
    return build.compile_to_ir([str(path)], [path.read_bytes()])


def optimised_ir(source: str, tmp_path: pathlib.Path) -> str:
    from minigo.link import objects

    return str(objects.optimised_module(_program_module(source, tmp_path)))


def function_body(ir_text: str, name: str) -> str:
    match = re.search(r'define [^\n]*@"?' + re.escape(name) + r'"?\(.*?\n}\n', ir_text, re.S)
    assert match, f"no function {name} in the IR"
    return match.group(0)


ARITHMETIC = """package main

import "fmt"

type Body struct{ x, v, m float64 }

func step(b []Body, dt float64) {
	for i := range b {
		b[i].x += dt * b[i].v
		b[i].v = b[i].v*b[i].m + dt
	}
}

func mix(a, b int64, u uint32, s uint) (int64, uint32) {
	return a*b + a - b<<s + a/b + a%b, u*u + u>>s
}

func main() {
	b := []Body{{1, 2, 3}}
	step(b, 0.5)
	fmt.Println(b)
	fmt.Println(mix(3, 4, 5, 6))
}
"""


def test_no_wrap_flags_and_no_fast_math(tmp_path):
    text = generate_ir(ARITHMETIC, tmp_path)
    for flag in (" nsw ", " nuw ", " exact ", " fast ", " contract ", " reassoc ", " nnan ",
                 " ninf ", " nsz ", " arcp ", " afn "):
        assert flag not in text, f"codegen emitted the {flag.strip()} flag"


def test_floats_are_not_contracted_after_optimisation(tmp_path):
    step = function_body(optimised_ir(ARITHMETIC, tmp_path), "main.step")
    assert "fmul" in step and "fadd" in step
    assert "fma" not in step and "fmuladd" not in step


def test_division_guards_zero_and_minus_one(tmp_path):
    mix = function_body(generate_ir(ARITHMETIC, tmp_path), "main.mix")
    assert "runtime_panic_divide" in mix
    assert "icmp eq i64" in mix and "select" in mix       # x / -1 never reaches sdiv
    assert "icmp ult i64" in mix                           # shift count against the width


def test_bounds_checks_are_unsigned_compares_to_cold_panics(tmp_path):
    source = """package main

func get(s []int, i int) int { return s[i] }

func main() { println(get([]int{1}, 0)) }
"""
    text = generate_ir(source, tmp_path)
    get = function_body(text, "main.get")
    assert "icmp ult i64" in get and "runtime_panic_index" in get
    declaration = re.search(r'declare void @"runtime_panic_index"[^\n]*', text).group(0)
    assert "noreturn" in declaration and "cold" in declaration and "nounwind" in declaration


def test_go_functions_keep_frame_pointers_and_are_listed_for_tracebacks(tmp_path):
    text = generate_ir(ARITHMETIC, tmp_path)
    for name in ("main.main", "main.step", "main.mix"):
        header = re.search(r'define [^\n]*@"' + re.escape(name) + r'"[^\n]*', text).group(0)
        assert '"frame-pointer"="all"' in header and "nounwind" in header
    table = re.search(r'@"main\.\.functab" = internal constant \[(\d+) x [^\n]*section "minigo_functab"', text)
    assert table                                # one table, of every function of the module
    listed = text[table.start():text.index("\n", table.start())]
    for name in ("main.main", "main.step", "main.mix"):
        assert f'@"{name}"' in listed


def test_allocations_pass_their_types_pointer_mask(tmp_path):
    source = """package main

type Plain struct{ a, b int }
type Linked struct{ next *Linked }
type Mixed struct {
	n int
	p *int
	s string
	i interface{}
	f [2]float64
	l [2]*Linked
}

func main() {
	n := 3
	a := make([]int, n)
	b := make([]*int, n)
	c := make([]string, n)
	d := &Plain{1, 2}
	e := &Linked{}
	x := 5
	p := &x
	m := &Mixed{}
	g := make([][3]Mixed, n)
	println(len(a), len(b), len(c), d.a, e.next == nil, *p, m.n, len(g))
}
"""
    text = generate_ir(source, tmp_path)
    calls = re.findall(r'call i8\* @"runtime_alloc"\(i64 [^,]+, i8\* (null|bitcast \(\[\d+ x i64\]\* @"([^"]+)")',
                       function_body(text, "main.main"))
    masks = [name or "null" for _, name in calls]
    # []int, []*int, []string, &Plain{}, &Linked{}, x (address taken), &Mixed{}, [][3]Mixed
    # every word a pointer: the one conservative mask (dense spans, no bitmap)
    assert masks == ["null", "gcmask:conservative", "gcmask:string", "null", "gcmask:conservative",
                     "null", "gcmask:main.Mixed", "gcmask:main.Mixed"]
    mixed = re.search(r'@"gcmask:main.Mixed" = linkonce_odr constant \[2 x i64\] \[([^\]]*)\]', text)
    # stride 10 words; pointers at p (1), s's array (2), i's two words (4, 5), l (8, 9)
    assert mixed.group(1) == "i64 10, i64 %d" % 0b1100110110


def test_one_descriptor_per_type_shared_at_link_time(tmp_path):
    source = """package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	fmt.Println(Point{1, 2}, Point{3, 4}, []Point{}, 1.5)
}
"""
    text = generate_ir(source, tmp_path)
    assert text.count('@"type:main.Point" = linkonce_odr constant') == 1
    assert '@"type:[]main.Point" = linkonce_odr constant' in text
    assert '@"type:float64" = linkonce_odr constant' in text


def test_globals_live_in_the_gc_root_section(tmp_path):
    source = """package main

var counter = 3
var names []string

func main() { names = append(names, "x"); println(counter, len(names)) }
"""
    text = generate_ir(source, tmp_path)
    assert re.search(r'@"main.counter" = internal global i64 0, section "mg_globals"', text)
    assert re.search(r'@"main.names" = internal global \{i8\*, i64, i64\} zeroinitializer, section "mg_globals"', text)


def test_hot_loops_vectorise_and_keep_checks_out_of_the_way(tmp_path):
    source = """package main

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() { println(sum([]int{1, 2, 3})) }
"""
    body = function_body(optimised_ir(source, tmp_path), "main.sum")
    assert "vector.body" in body and "runtime_panic_index" not in body


def test_sixty_four_bit_multiplies_stay_scalar(tmp_path):
    # Baseline x86-64 has no packed 64-bit multiply: LLVM's emulation with pmuludq
    # made parallel_sum's loop 1.5x slower than scalar imul.
    source = """package main

func chunkSum(lo, hi uint64) uint64 {
	var s uint64
	for i := lo; i < hi; i++ {
		x := i * 0x9E3779B97F4A7C15
		s += x ^ (x >> 29)
	}
	return s
}

func main() { println(chunkSum(0, 1000)) }
"""
    body = function_body(optimised_ir(source, tmp_path), "main.chunkSum")
    assert not re.search(r"mul <\d+ x i64>", body)


def test_loops_that_only_copy_stay_scalar_and_sums_stay_vectorised(tmp_path):
    # A 16-byte load of ints just stored one by one stalls store-to-load forwarding;
    # fannkuch's short copies ran 2-5% slower vectorised.  A sum is still vectorised.
    source = """package main

func copyInts(dst, src []int) {
	for i := 0; i < len(dst) && i < len(src); i++ {
		dst[i] = src[i]
	}
}

func sum(a []int) int {
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

func main() {
	a := []int{1, 2, 3}
	b := make([]int, 3)
	copyInts(b, a)
	println(sum(b))
}
"""
    ir_text = optimised_ir(source, tmp_path)
    assert "<2 x i64>" not in function_body(ir_text, "main.copyInts")
    assert "vector.body" in function_body(ir_text, "main.sum")


# ---------------------------------------------------------------- programs, end to end

def build(source: str, directory: pathlib.Path, name: str) -> pathlib.Path:
    path = directory / f"{name}.go"
    path.write_text(source.lstrip("\n"))
    binary = directory / name
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run([sys.executable, "-m", "minigo", "build", str(path), "-o", str(binary)],
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return binary


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_program_output_matches_gc(name, tmp_path):
    source, expected = PROGRAMS[name]
    binary = build(source, tmp_path, name)
    done = subprocess.run([str(binary)], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == expected


def test_runtime_panics_match_gc(tmp_path):
    binary = build(PANICS_SOURCE, tmp_path, "panics")
    for argument, status, first_stderr_line in PANIC_CASES:
        done = subprocess.run([str(binary), argument], capture_output=True, timeout=60)
        assert done.stdout == b"start\n", argument
        assert done.returncode == status, argument
        assert (done.stderr.splitlines() or [b""])[0] == first_stderr_line, argument


def test_every_library_declaration_is_lowered_and_every_lowering_declared():
    """types/library.py declares what a program may call; codegen/library.py lowers it.
    A name on one side only is a valid program that cannot build, or dead code."""
    from minigo.codegen import library as lowering
    from minigo.types import library as declarations
    from minigo.types.typesystem import Func, Named, TypeName

    declared = set()
    for package in declarations.PACKAGES.values():
        for obj in package.scope.names.values():
            if isinstance(obj, Func):
                declared.add(obj.link_name)
            elif isinstance(obj, TypeName) and isinstance(obj.type, Named):
                declared.update(method.link_name for method in obj.type.methods)
    lowered = lowering.lowered_names()
    assert sorted(declared - lowered) == []
    assert sorted(lowered - declared) == []


def test_capture_analysis_is_a_pass_of_its_own(tmp_path):
    """codegen decides capture modes in captures.py and keeps its result apart: the
    checker's Var.captured stays as the checker wrote it, a variable never written
    after its declaration is held by value, and a written one by reference."""
    from minigo import codegen, syntax, types
    from minigo.codegen.module import Program

    path = tmp_path / "prog.go"
    path.write_text("package main\n\nfunc main() {\n\tread := 1\n\twritten := 2\n"
                    "\tf := func() int { written++; return read + written }\n\tprintln(f())\n}\n")
    file = syntax.parse_file(str(path), path.read_bytes())
    package = types.check_package([file])
    codegen.lowering.install()
    program = Program(package, [file])
    program.compile()
    variables = {}
    syntax.ast.walk(file, lambda node: variables.setdefault(node.name, node.obj)
                    if isinstance(node, syntax.ast.Ident) and node.name in ("read", "written") else None)
    assert variables["read"].captured and variables["written"].captured
    assert not program.captures.by_reference(variables["read"])
    assert program.captures.by_reference(variables["written"])


def test_branch_padding_is_off_only_for_the_parts_of_a_split_module():
    """Parts of a split module are emitted without branch padding (link/objects.py: it
    costs a large program 12% of its machine-code time); every other module, in the
    same process after a split one too, gets the padded code the benchmarks were
    measured with."""
    sys.path.insert(0, str(REPO_ROOT))
    from minigo import build
    from minigo.link import objects

    source = REPO_ROOT / "testdata" / "switch_stmt.go"
    text = str(build.compile_to_ir([str(source)], [source.read_bytes()]))

    def emitted(padded):
        return objects.emit_object(objects._run_pipeline(text), padded)
    padded = emitted(True)
    unpadded = emitted(False)
    assert unpadded != padded and len(unpadded) < len(padded)
    assert emitted(True) == padded


def test_large_main_package_is_streamed_in_parts_cut_by_body_lines(monkeypatch):
    """A main package with STREAM_MIN_LINES lines of function bodies or more is compiled
    in parts forked during codegen (link/parts.py Stream); a smaller one is not.  The
    forks come after the declarations holding the first STREAM_SHARE of those lines,
    shared equally among the forked parts, whatever the timing: the split is
    deterministic."""
    sys.path.insert(0, str(REPO_ROOT))
    sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
    from gen_big_program import program
    from minigo import syntax
    from minigo.errors import Pos
    from minigo.link import parts

    monkeypatch.setenv(parts.PARTS_VARIABLE, "2")
    monkeypatch.delenv(parts.STREAM_VARIABLE, raising=False)

    def files(types):
        return [syntax.parse_file("big.go", program(types))]
    assert parts.stream_count(files(77)) == 2       # 3,114 lines
    assert parts.stream_count(files(8)) == 1
    monkeypatch.setenv(parts.STREAM_VARIABLE, "0")
    assert parts.stream_count(files(77)) == 1
    monkeypatch.setenv(parts.STREAM_VARIABLE, "1")
    assert parts.stream_count(files(8)) == 2

    class Declaration:
        def __init__(self, line, lines):
            self.pos = Pos("big.go", line, 1)
            self.body = syntax.ast.BlockStmt(self.pos, [], Pos("big.go", line + lines - 1, 1))
    declarations = [Declaration(10 * i, 10) for i in range(100)]    # 1,000 lines
    stream = parts.Stream(3, [])
    try:
        cuts = stream._plan(declarations)
    finally:
        stream.close()
    def lowered_before(fraction):   # declarations lowered before the fork
        return next(n for n in range(1, 101) if 10 * n >= 1000 * parts.STREAM_SHARE * fraction)
    assert cuts == {lowered_before(0.5): [1], lowered_before(1.0): [2]}
