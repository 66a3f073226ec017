// Package shapes declares only types, no function bodies: its interfaces embed others (one
// from another package, io.Writer) and their method sets must still be complete.
package shapes

import "io"

// Named has a name.
type Named interface {
	Name() string
}

// Shape is Named with an area, and can write itself.
type Shape interface {
	Named
	io.Writer
	Area() float64
}
