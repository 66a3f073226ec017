package registry

import (
	"fmt"

	"example.com/multi/geom"
)

var names []string

func init() {
	Register("first")
	fmt.Println("registry init 1, unit is", geom.Unit)
}

func init() {
	Register("second")
	fmt.Println("registry init 2")
}

func Register(name string) { names = append(names, name) }

func Names() []string { return names }
