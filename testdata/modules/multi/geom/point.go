package geom

import (
	"errors"
	"fmt"
	"math"
)

type Point struct{ X, Y float64 }

var Origin = Point{}
var Unit = unit()

var ErrDegenerate = errors.New("geom: degenerate shape")

func unit() Point {
	fmt.Println("geom.Unit initialised; shapes made so far:", made)
	return Point{1, 1}
}

func (p Point) Norm() float64     { return math.Sqrt(square(p.X) + square(p.Y)) }
func (p Point) Scale(k float64) Point { return Point{p.X * k, p.Y * k} }
func (p Point) Area() float64     { return 0 }
func (p Point) String() string    { return fmt.Sprintf("(%g,%g)", p.X, p.Y) }

func Check(s Shape) error {
	if s.Area() == 0 {
		return ErrDegenerate
	}
	return nil
}
