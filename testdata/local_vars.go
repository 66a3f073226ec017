// Local variable declarations in every form, zero values, and multiple assignment.
package main

import "fmt"

func main() {
	var i int
	var u uint8
	var f float64
	var s string
	var b bool
	var r rune
	var p *int
	var sl []int
	fmt.Println(i, u, f, s == "", b, r, p == nil, sl == nil, len(sl), cap(sl))

	var j int = 10
	var k = 20
	l := 30
	var m, n = 1, "n"
	var (
		o       = 3.5
		q int64 = -4
	)
	fmt.Println(j, k, l, m, n, o, q)

	a, c := 1, 2
	a, c = c, a
	fmt.Println(a, c)
	c, d := 5, 6
	fmt.Println(c, d)

	var e1, e2, e3 int = 7, 8, 9
	e1, e2, e3 = e3, e1, e2
	fmt.Println(e1, e2, e3)

	var arr [4]string
	arr[2] = "two"
	for idx := 0; idx < len(arr); idx++ {
		fmt.Printf("%d:%q ", idx, arr[idx])
	}
	fmt.Println()

	type point struct{ x, y int }
	var pt point
	pt.y = 3
	fmt.Println(pt.x, pt.y)
	_ = s
}
