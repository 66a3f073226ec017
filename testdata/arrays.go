// Arrays have value semantics: assignment, parameters and range all copy; == compares elements.
package main

import "fmt"

type Matrix [2][2]int

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func setFirst(p *[4]int, v int) {
	p[0] = v
}

func printArr(a [4]int) {
	for i, v := range a {
		if i > 0 {
			fmt.Print(",")
		}
		fmt.Print(v)
	}
	fmt.Println()
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	printArr(a)
	printArr(b)
	c := double(a)
	printArr(a)
	printArr(c)
	setFirst(&a, -1)
	printArr(a)
	fmt.Println(a == b, a != c, [3]string{"x", "y"} == [3]string{"x", "y", ""})
	d := [...]int{5: 50, 1: 10, 60}
	fmt.Println(len(d), d[1], d[5], d[2], d[0])
	var m Matrix
	m[0][1] = 7
	m2 := m
	m2[0][1] = 8
	fmt.Println(m[0][1], m2[0][1], m == m2)
	row := m2[0]
	row[0] = 99
	fmt.Println(m2[0][0], row[0])
	var grid [3][4]byte
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = byte('a' + i*4 + j)
		}
	}
	for _, r := range grid {
		fmt.Println(string(r[:]))
	}
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println(arr[2])
	pa := &arr
	for i := range *pa {
		(*pa)[i] += 1
	}
	fmt.Println(arr[0], arr[1], arr[2], len(*pa))
	s := arr[:]
	s[0] = 42
	fmt.Println(arr[0], len(s), cap(s))
	type pair struct{ k, v int }
	ps := [2]pair{{1, 2}, {3, 4}}
	qs := ps
	qs[1].v = 40
	fmt.Println(ps[1].v, qs[1].v, ps == qs)
	var zero [5]float64
	fmt.Println(zero[4], len(zero))
	const n = 3
	var cube [n][n][n]int
	cube[2][1][0] = 210
	fmt.Println(cube[2][1][0], len(cube[0]), len(cube[1][2]))
}
