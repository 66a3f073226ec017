package geom

import "fmt"

type Shape interface{ Area() float64 }

type Square struct{ side float64 }

type Circle struct{ R float64 }

// made counts the shapes built by constructors; point.go's unit() reads it, so it
// is initialised first although declared in a later file.
var made = countStart()

func countStart() int {
	fmt.Println("geom.made initialised")
	return 0
}

func NewSquare(side float64) *Square {
	made++
	return &Square{side: side}
}

func (s *Square) Area() float64     { return square(s.side) }
func (s *Square) Grow(by float64)    { s.side += by }
func (s *Square) Describe() string   { return fmt.Sprintf("square of side %g", s.side) }
func (c Circle) Area() float64       { return 3.14159 * square(c.R) }

// square is unexported, shared with point.go.
func square(x float64) float64 { return x * x }

func init() {
	fmt.Println("geom init in shapes.go")
}
