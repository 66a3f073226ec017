package main

// Composite literals whose elements are (partly) constant are copied from static
// data; the copies must stay independent and the non-constant elements be stored.

import "fmt"

type P struct {
	X, Y int
	S    string
	F    float64
	B    bool
}

type Big struct {
	A [20]int
	P P
	Q *P
	I interface{}
}

func main() {
	n := 5
	s := []int{1, 2, 3, n, 5, 6}
	s[0] = 9
	t := []int{1, 2, 3, n, 5, 6}
	fmt.Println(s, t)
	ps := []P{{1, 2, "a", 1.5, true}, {X: n, S: "b"}, {}}
	fmt.Println(ps)
	for i := 0; i < 2; i++ {
		b := Big{A: [20]int{1, 2, 3, 19: n + i}, P: P{X: 1, Y: n}, Q: &P{X: 3}, I: 7}
		fmt.Println(b.A, b.P, *b.Q, b.I)
		b.A[0] = 100
		fmt.Println(b.A[0])
	}
	arr := [3][2]string{{"a", "b"}, {"c"}, {1: "x"[0:1]}}
	fmt.Println(arr)
	arrs := [][2]string{{"a", "b"}, {"c"}, {1: "x"[0:1]}}
	arrs[0][1] = "z"
	fmt.Println(arrs, [][2]string{{"a", "b"}, {"c"}, {1: "x"[0:1]}})

	m := [][]int{{1, 2}, {3}}
	m[0][0] = 7
	fmt.Println(m, [][]int{{1, 2}, {3}})
	var xs []interface{} = []interface{}{1, "a", nil, 2.5}
	fmt.Println(xs)
	ptrs := []*P{{X: 1}, nil}
	fmt.Println(*ptrs[0], ptrs[1] == nil)
	flags := [8]bool{true, false, true, 7: true}
	small := []float32{0.1, 1.0 / 3, 16777217}
	bytes := []byte{'h', 'i', 255, 0x80}
	var global = table
	global[1].Name = "changed"
	fmt.Println(flags, small, bytes, table, global)
	for round := 0; round < 3; round++ {
		fresh := []int8{-1, -128, 127, int8(round)}
		fresh[0] += int8(round)
		fmt.Println(fresh)
	}
	grid := [4][4]int{{1, 2}, {3, 4, 5}, 3: {n, n * 2}}
	grid[3][3] = 9
	fmt.Println(grid, len(table), cap(table))
	sparse()
	boxed()
}

// Constants in interface slots are boxed in the image.
type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

const Freezing Celsius = 0

func boxed() {
	n := 4
	values := []interface{}{1, "two", 3.5, true, 'x', byte(6), Celsius(7), nil, n, 1 << 40}
	values[0] = "replaced"
	again := []interface{}{1, "two", 3.5}
	fmt.Println(values, again, again[0] == 1, again[1] == "two", values[1] == again[1])
	if f, ok := again[2].(float64); ok {
		fmt.Println("float64", f*2)
	}
	temps := [3]fmt.Stringer{Freezing, Celsius(36.6), nil}
	fmt.Println(temps[0], temps[1], temps[2] == nil)
	type pair struct {
		Key   string
		Value interface{}
	}
	pairs := []pair{{"a", 1}, {"b", "x"}, {"c", n}}
	fmt.Println(pairs)
}

// Mostly-zero arrays get no image; their elements are stored, also inside an image.
type Record struct {
	A    [1 << 16]int
	Name string
}

func sparse() {
	n := 3
	big := [1 << 16]int{5: 1, 1000: n}
	s := []int{1 << 15: 7}
	r := Record{A: [1 << 16]int{1, 2, 3}, Name: "r"}
	nested := [2][100]int{{1, 2}, {99: n}}
	fmt.Println(big[5], big[1000], big[7], len(s), s[1<<15], r.A[2], r.Name, nested[0][1], nested[1][99])
}

type Entry struct {
	Name  string
	Codes [3]uint16
}

var table = []Entry{{"one", [3]uint16{1, 11, 111}}, {Name: "two"}, {"three", [3]uint16{2: 65535}}}
