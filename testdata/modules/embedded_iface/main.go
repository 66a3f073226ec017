package main

import (
	"fmt"

	"example.com/embedded/shapes"
)

type square struct{ side float64 }

func (s square) Name() string                { return "square" }
func (s square) Area() float64               { return s.side * s.side }
func (s square) Write(p []byte) (int, error) { fmt.Printf("write %q\n", p); return len(p), nil }

func main() {
	var s shapes.Shape = square{3}
	n, err := s.Write([]byte("hi"))
	fmt.Println(s.Name(), s.Area(), n, err)
	var named shapes.Named = s
	fmt.Println(named.Name())
}
