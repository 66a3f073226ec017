// copy: counts, overlap in both directions, copying from a string, and slices of slices.
package main

import "fmt"

func join(s []int) string {
	out := ""
	for i, v := range s {
		if i > 0 {
			out += ","
		}
		out += fmt.Sprint(v)
	}
	return "[" + out + "]"
}

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, join(dst))
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, join(big))
	s := []int{1, 2, 3, 4, 5, 6}
	n = copy(s[2:], s)
	fmt.Println(n, join(s))
	s = []int{1, 2, 3, 4, 5, 6}
	n = copy(s, s[2:])
	fmt.Println(n, join(s))
	bs := make([]byte, 4)
	n = copy(bs, "héllo")
	fmt.Println(n, bs[0], bs[1], bs[2], bs[3])
	n = copy(bs, "")
	fmt.Println(n)
	var none []int
	n = copy(none, src)
	fmt.Println(n, none == nil)
	clone := append([]int(nil), src...)
	clone[0] = 100
	fmt.Println(join(src), join(clone))
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i*10 + j
		}
	}
	for _, row := range grid {
		fmt.Println(len(row), join(row))
	}
	shallow := make([][]int, len(grid))
	copy(shallow, grid)
	shallow[2][0] = -1
	fmt.Println(grid[2][0])
	deep := make([][]int, len(grid))
	for i := range grid {
		deep[i] = make([]int, len(grid[i]))
		copy(deep[i], grid[i])
	}
	deep[1][1] = -2
	fmt.Println(grid[1][1], deep[1][1])
	arr := [5]int{9, 8, 7, 6, 5}
	n = copy(arr[1:], arr[:])
	fmt.Println(n, arr[0], arr[1], arr[2], arr[3], arr[4])
	rs := []rune("abc")
	n = copy(rs[1:], []rune("XYZ"))
	fmt.Println(n, string(rs))
}
