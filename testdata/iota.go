// iota in its many shapes.
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x0 = iota * iota
	x1
	_
	x3
	skip = "s"
	x5   = iota + 100
	x6
)

const (
	FlagA uint8 = 1 << iota
	FlagB
	FlagC
	FlagD
)

const single = iota

func main() {
	fmt.Println(Red, Green, Blue)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x0, x1, x3, skip, x5, x6)
	fmt.Println(FlagA, FlagB, FlagC, FlagD, FlagA|FlagC)
	fmt.Printf("%08b\n", FlagB|FlagD)
	fmt.Println(single)
	var c Color = Blue
	switch c {
	case Red:
		fmt.Println("red")
	case Green:
		fmt.Println("green")
	case Blue:
		fmt.Println("blue")
	}
	const (
		n0 = iota
		n1
	)
	fmt.Println(n0, n1)
	fmt.Printf("%T %T\n", Green, MB)
}
