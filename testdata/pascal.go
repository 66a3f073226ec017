// Pascal's triangle with slices of slices, centred output, binomials with uint64 and a row sum check.
package main

import "fmt"

func triangle(n int) [][]uint64 {
	rows := make([][]uint64, n)
	for i := range rows {
		rows[i] = make([]uint64, i+1)
		rows[i][0], rows[i][i] = 1, 1
		for j := 1; j < i; j++ {
			rows[i][j] = rows[i-1][j-1] + rows[i-1][j]
		}
	}
	return rows
}

func main() {
	t := triangle(10)
	for i, row := range t {
		line := ""
		for k := 0; k < (10-i-1)*2; k++ {
			line += " "
		}
		for _, v := range row {
			line += fmt.Sprintf("%4d", v)
		}
		fmt.Println(line)
	}
	big := triangle(68)
	last := big[67]
	fmt.Println("C(67,33) =", last[33])
	var sum uint64
	for _, v := range big[63] {
		sum += v
	}
	fmt.Println("row 63 sum = 2^63:", sum == 1<<63, sum)
	var wrap uint64
	for _, v := range big[67] {
		wrap += v
	}
	fmt.Println("row 67 sum wraps to", wrap)
	odd := 0
	for _, row := range triangle(32) {
		for _, v := range row {
			if v%2 == 1 {
				odd++
			}
		}
	}
	fmt.Println("odd entries in 32 rows:", odd)
}
