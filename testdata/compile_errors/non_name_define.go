package main

import "fmt"

type point struct{ x, y int }

func main() {
	var p point
	p.x := 5
	fmt.Println(p)
}
