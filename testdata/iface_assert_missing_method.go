// Asserting to an interface the dynamic type does not implement names the first
// missing method.
package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Line struct{ Length float64 }

func (l Line) Perimeter() float64 { return 2 * l.Length }

func main() {
	var x interface{} = Line{3}
	if _, ok := x.(Shape); !ok {
		fmt.Println("a line is not a shape")
	}
	s := x.(Shape)
	fmt.Println(s.Area())
}
