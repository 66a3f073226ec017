package main

import "example.com/m5/a"

type T struct{}

func (T) m() {}

type J interface{ m() }

func main() {
	a.Use(T{})
	var j J = a.S{}
	_ = j
	var i a.I = a.S{}
	j = i
}
