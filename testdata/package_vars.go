// Package-level variables: zero values, initialisation order by dependency, and mutation from functions.
package main

import "fmt"

var (
	total   int
	a       = b + 1
	b       = c * 2
	c       = initC()
	name    string
	flag    bool
	ratio   float64
	counter = 100
	letters = []byte("xyz")
	grid    [3][2]int
)

var x, y, z = 1, "two", 3.0

var trace string

func initC() int {
	trace += "initC;"
	return 5
}

func add(n int) {
	total += n
	counter--
}

func main() {
	fmt.Println("a b c:", a, b, c)
	fmt.Printf("zero values: %d %q %t %v\n", total, name, flag, ratio)
	for i := 1; i <= 10; i++ {
		add(i)
	}
	fmt.Println("total", total, "counter", counter)
	fmt.Println(x, y, z)
	letters[1] = 'Y'
	fmt.Println(string(letters))
	grid[2][1] = 7
	grid[0][0] = grid[2][1] * 2
	for i := 0; i < 3; i++ {
		fmt.Println(grid[i][0], grid[i][1])
	}
	fmt.Println("trace:", trace)
	name = "set"
	flag = !flag
	ratio = float64(total) / 4
	fmt.Println(name, flag, ratio)
}
