// Matrix multiplication with fixed-size arrays and with slices of slices, plus transpose and identity checks.
package main

import "fmt"

const N = 4

type Mat [N][N]int

func mul(a, b Mat) Mat {
	var c Mat
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			sum := 0
			for k := 0; k < N; k++ {
				sum += a[i][k] * b[k][j]
			}
			c[i][j] = sum
		}
	}
	return c
}

func identity() Mat {
	var m Mat
	for i := 0; i < N; i++ {
		m[i][i] = 1
	}
	return m
}

func printMat(m Mat) {
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				fmt.Print(" ")
			}
			fmt.Printf("%5d", v)
		}
		fmt.Println()
	}
}

func newDense(rows, cols int) [][]float64 {
	m := make([][]float64, rows)
	for i := range m {
		m[i] = make([]float64, cols)
	}
	return m
}

func mulDense(a, b [][]float64) [][]float64 {
	c := newDense(len(a), len(b[0]))
	for i := range a {
		for k := range b {
			aik := a[i][k]
			for j := range b[k] {
				c[i][j] += aik * b[k][j]
			}
		}
	}
	return c
}

func transpose(a [][]float64) [][]float64 {
	t := newDense(len(a[0]), len(a))
	for i := range a {
		for j := range a[i] {
			t[j][i] = a[i][j]
		}
	}
	return t
}

func main() {
	var a, b Mat
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			a[i][j] = i + j
			b[i][j] = i*N + j - 5
		}
	}
	c := mul(a, b)
	printMat(c)
	fmt.Println("a*I == a:", mul(a, identity()) == a)
	fmt.Println("a*b == b*a:", c == mul(b, a))
	p := identity()
	for i := 0; i < 10; i++ {
		p = mul(p, a)
	}
	fmt.Println("a^10[0][0] =", p[0][0], "a^10[3][3] =", p[3][3])
	x := [][]float64{{1, 2, 3}, {4, 5, 6}}
	y := [][]float64{{7, 8}, {9, 10}, {11, 12}}
	z := mulDense(x, y)
	for _, row := range z {
		for _, v := range row {
			fmt.Printf("%8.1f", v)
		}
		fmt.Println()
	}
	xt := transpose(x)
	fmt.Println(len(xt), len(xt[0]), xt[2][1])
	g := mulDense(x, xt)
	fmt.Printf("gram: %.0f %.0f / %.0f %.0f\n", g[0][0], g[0][1], g[1][0], g[1][1])
	big := newDense(30, 30)
	for i := range big {
		for j := range big[i] {
			big[i][j] = float64((i*7+j*3)%11) / 10
		}
	}
	sq := mulDense(big, big)
	trace := 0.0
	for i := range sq {
		trace += sq[i][i]
	}
	fmt.Printf("trace %.4f\n", trace)
}
