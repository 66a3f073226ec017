// Index out of range inside nested data: a slice of arrays indexed one past its end.
package main

import "fmt"

type Row [3]int

func rowSum(r Row) int {
	return r[0] + r[1] + r[2]
}

func main() {
	rows := []Row{{1, 2, 3}, {4, 5, 6}}
	rows = append(rows, Row{7, 8, 9})
	rows = rows[:2]
	fmt.Println("len", len(rows), "cap", cap(rows))
	for i := 0; i <= len(rows); i++ {
		fmt.Println("row", i, rowSum(rows[i]))
	}
}
