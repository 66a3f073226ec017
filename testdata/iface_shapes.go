// A shape hierarchy through interfaces: implicit satisfaction, value and pointer
// receivers, embedded interfaces, type switches and assertions over a scene.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
	Name() string
}

type Scalable interface {
	Shape
	Scale(factor float64)
}

type Point struct{ X, Y float64 }

func (p Point) String() string { return fmt.Sprintf("(%.1f, %.1f)", p.X, p.Y) }

func (p Point) Dist(q Point) float64 { return math.Sqrt((p.X-q.X)*(p.X-q.X) + (p.Y-q.Y)*(p.Y-q.Y)) }

type Rect struct {
	Min, Max Point
}

func (r Rect) Width() float64     { return r.Max.X - r.Min.X }
func (r Rect) Height() float64    { return r.Max.Y - r.Min.Y }
func (r Rect) Area() float64      { return r.Width() * r.Height() }
func (r Rect) Perimeter() float64 { return 2 * (r.Width() + r.Height()) }
func (r Rect) Name() string       { return "rect" }
func (r Rect) Contains(p Point) bool {
	return p.X >= r.Min.X && p.X <= r.Max.X && p.Y >= r.Min.Y && p.Y <= r.Max.Y
}

type Circle struct {
	Center Point
	Radius float64
}

func (c *Circle) Area() float64      { return math.Pi * c.Radius * c.Radius }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.Radius }
func (c *Circle) Name() string       { return "circle" }
func (c *Circle) Scale(f float64)    { c.Radius *= f }

type Polygon struct {
	Vertices []Point
	label    string
}

func (p *Polygon) Name() string {
	if p.label != "" {
		return p.label
	}
	return fmt.Sprintf("polygon/%d", len(p.Vertices))
}

func (p *Polygon) Perimeter() float64 {
	total := 0.0
	for i, v := range p.Vertices {
		total += v.Dist(p.Vertices[(i+1)%len(p.Vertices)])
	}
	return total
}

// Shoelace formula.
func (p *Polygon) Area() float64 {
	sum := 0.0
	for i, v := range p.Vertices {
		w := p.Vertices[(i+1)%len(p.Vertices)]
		sum += v.X*w.Y - w.X*v.Y
	}
	return math.Abs(sum) / 2
}

func (p *Polygon) Scale(f float64) {
	for i := range p.Vertices {
		p.Vertices[i].X *= f
		p.Vertices[i].Y *= f
	}
}

// Square embeds Rect: it gets Area, Perimeter, Width... but overrides Name.
type Square struct {
	Rect
}

func (s Square) Name() string { return "square" }

func NewSquare(x, y, side float64) Square {
	return Square{Rect{Point{x, y}, Point{x + side, y + side}}}
}

type byArea []Shape

func (s byArea) sort() {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].Area() < s[j-1].Area(); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func describe(s Shape) string {
	b := fmt.Sprintf("%-10s area=%8.3f perimeter=%8.3f", s.Name(), s.Area(), s.Perimeter())
	switch v := s.(type) {
	case Rect:
		b += fmt.Sprintf(" %gx%g from %v", v.Width(), v.Height(), v.Min)
	case Square:
		b += fmt.Sprintf(" side %g", v.Width())
	case *Circle:
		b += fmt.Sprintf(" r=%g at %v", v.Radius, v.Center)
	case *Polygon:
		b += fmt.Sprintf(" %d vertices", len(v.Vertices))
	}
	if _, ok := s.(Scalable); ok {
		b += " [scalable]"
	}
	return b
}

func totalArea(shapes ...Shape) float64 {
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	return total
}

func largest(shapes []Shape) (best Shape) {
	for _, s := range shapes {
		if best == nil || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func main() {
	triangle := &Polygon{Vertices: []Point{{0, 0}, {4, 0}, {0, 3}}}
	hexagon := &Polygon{label: "hexagon"}
	for _, v := range [][2]float64{{1, 0}, {0.5, 0.87}, {-0.5, 0.87}, {-1, 0}, {-0.5, -0.87}, {0.5, -0.87}} {
		hexagon.Vertices = append(hexagon.Vertices, Point{v[0], v[1]})
	}
	scene := []Shape{
		Rect{Point{0, 0}, Point{3, 2}},
		&Circle{Point{1, 1}, 1.5},
		triangle,
		NewSquare(1, 1, 2),
		hexagon,
	}
	fmt.Println("scene:")
	for _, s := range scene {
		fmt.Println(" ", describe(s))
	}
	fmt.Printf("total area %.4f\n", totalArea(scene...))
	fmt.Println("largest:", largest(scene).Name())

	for _, s := range scene {
		if sc, ok := s.(Scalable); ok {
			sc.Scale(2)
		}
	}
	byArea(scene).sort()
	fmt.Println("after scaling, by area:")
	for i, s := range scene {
		fmt.Printf("%d. %s %.2f\n", i+1, s.Name(), s.Area())
	}

	r := scene[0]
	if rect, ok := r.(Rect); ok {
		fmt.Println("smallest is a rect containing (1,1):", rect.Contains(Point{1, 1}))
	} else {
		fmt.Printf("smallest is %T\n", r)
	}
	var sq Shape = NewSquare(0, 0, 1)
	fmt.Println(sq.(Square).Rect.Name(), sq.Name(), sq == NewSquare(0, 0, 1), sq == Shape(Rect{}))
	var none Shape
	fmt.Println(none == nil, largest(nil) == nil)
	fmt.Printf("%v %+v\n", scene[0], sq)
}
