// Scopes and shadowing: package, function, block, if/for/switch headers, := redeclaration.
package main

import "fmt"

var x = "package x"

func show() {
	fmt.Println("show sees", x)
}

func main() {
	fmt.Println(x)
	x := "main x"
	fmt.Println(x)
	show()
	{
		x := "block x"
		fmt.Println(x)
		{
			x = "block x changed"
			y := "inner"
			fmt.Println(x, y)
		}
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 5; x > 3 {
		fmt.Println("if x", x)
		x := "shadowed in if body"
		fmt.Println(x)
	} else {
		fmt.Println("else x", x)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("loop x", x)
	}
	switch x := 3.5; {
	case x > 3:
		x := "case x"
		fmt.Println(x)
	}
	a, b := 1, 2
	a, c := 3, 4
	fmt.Println(a, b, c)
	err := 0
	n, err := 5, 6
	fmt.Println(n, err)
	{
		a, d := 10, 20
		fmt.Println("inner a", a, d)
	}
	fmt.Println("outer a", a)
	true := false
	fmt.Println(true, !true)
	len := 3
	fmt.Println(len)
	fmt.Println(x)
	var int = "int shadowed"
	fmt.Println(int)
	{
		fmt := "fmt shadowed"
		_ = fmt
	}
	fmt.Println(shadowParam(5))
}

func shadowParam(v int) int {
	if v > 0 {
		v := v * 2
		return v
	}
	return v
}
