// Tuple assignment: swaps, rotation, index expressions evaluated before assignment, and order of operations.
package main

import "fmt"

var trace string

func idx(label string, i int) int {
	trace += label
	return i
}

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x, y, z := 1, 2, 3
	x, y, z = y, z, x
	fmt.Println(x, y, z)
	s := []int{10, 20, 30}
	s[0], s[2] = s[2], s[0]
	fmt.Println(s[0], s[1], s[2])
	i := 0
	i, s[i] = 2, 99
	fmt.Println(i, s[0], s[1], s[2])
	j := 1
	s[j], j = 77, 0
	fmt.Println(j, s[0], s[1], s[2])
	s[idx("a", 0)], s[idx("b", 1)] = idx("c", 5), idx("d", 6)
	fmt.Println(trace, s[0], s[1])
	fib1, fib2 := 0, 1
	for k := 0; k < 50; k++ {
		fib1, fib2 = fib2, fib1+fib2
	}
	fmt.Println(fib1)
	arr := [3]string{"x", "y", "z"}
	arr[0], arr[1], arr[2] = arr[2], arr[0], arr[1]
	fmt.Println(arr[0] + arr[1] + arr[2])
	type P struct{ X, Y int }
	p := P{1, 2}
	p.X, p.Y = p.Y, p.X
	fmt.Println(p.X, p.Y)
	pp := &p
	pp.X, pp.Y = pp.Y*10, pp.X*10
	fmt.Println(p.X, p.Y)
	var m, n int
	m, n = n+1, m+2
	fmt.Println(m, n)
	q, r := 17/5, 17%5
	q, r = r, q
	fmt.Println(q, r)
	_, r = 100, 200
	fmt.Println(r)
	var u8 uint8
	var str string
	u8, str = 255, "done"
	fmt.Println(u8, str)
}
