// N-queens by backtracking with arrays for columns and diagonals; prints the first board for n=8.
package main

import "fmt"

const maxN = 12

type state struct {
	n                int
	cols             [maxN]bool
	diag1, diag2     [2 * maxN]bool
	queens           [maxN]int
	solutions, first int
	firstBoard       [maxN]int
}

func place(s *state, row int) {
	if row == s.n {
		s.solutions++
		if s.solutions == 1 {
			s.firstBoard = s.queens
		}
		return
	}
	for c := 0; c < s.n; c++ {
		d1, d2 := row+c, row-c+s.n
		if s.cols[c] || s.diag1[d1] || s.diag2[d2] {
			continue
		}
		s.cols[c], s.diag1[d1], s.diag2[d2] = true, true, true
		s.queens[row] = c
		place(s, row+1)
		s.cols[c], s.diag1[d1], s.diag2[d2] = false, false, false
	}
}

func main() {
	for n := 1; n <= 9; n++ {
		s := state{n: n}
		place(&s, 0)
		fmt.Printf("n=%d solutions=%d\n", n, s.solutions)
		if n == 8 {
			for r := 0; r < n; r++ {
				line := ""
				for c := 0; c < n; c++ {
					if s.firstBoard[r] == c {
						line += "Q "
					} else {
						line += ". "
					}
				}
				fmt.Println(line)
			}
		}
	}
}
