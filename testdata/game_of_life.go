// Conway's Game of Life on a fixed-size torus using arrays of arrays (value semantics for generations).
package main

import "fmt"

const W, H = 12, 10

type Board [H][W]bool

func neighbours(b *Board, r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr := (r + dr + H) % H
			cc := (c + dc + W) % W
			if b[rr][cc] {
				n++
			}
		}
	}
	return n
}

func step(b Board) Board {
	var next Board
	for r := 0; r < H; r++ {
		for c := 0; c < W; c++ {
			n := neighbours(&b, r, c)
			next[r][c] = n == 3 || (n == 2 && b[r][c])
		}
	}
	return next
}

func show(b Board) {
	for _, row := range b {
		line := make([]byte, 0, W)
		for _, alive := range row {
			if alive {
				line = append(line, '#')
			} else {
				line = append(line, '.')
			}
		}
		fmt.Println(string(line))
	}
}

func population(b Board) int {
	n := 0
	for r := range b {
		for c := range b[r] {
			if b[r][c] {
				n++
			}
		}
	}
	return n
}

func main() {
	var b Board
	glider := [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}}
	for _, p := range glider {
		b[p[0]][p[1]] = true
	}
	b[6][8], b[6][9], b[6][10] = true, true, true
	start := b
	for gen := 0; gen <= 4; gen++ {
		fmt.Printf("generation %d, population %d\n", gen, population(b))
		show(b)
		b = step(b)
	}
	for gen := 5; gen < 40; gen++ {
		b = step(b)
	}
	fmt.Println("after 40:", population(b), "start unchanged:", population(start) == 8, start != b)
	show(b)
}
