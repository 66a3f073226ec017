// A module of several packages and files: initialisation order across packages and
// files, named, blank and dot imports, unexported names shared by a package's files,
// types of other packages printed with %T and %v, methods and interfaces across them.
package main

import (
	"fmt"
	"os"

	g "example.com/multi/geom"
	"example.com/multi/registry"
	_ "example.com/multi/internal/trace"
	. "example.com/multi/util"
	"example.com/multi/version"
)

var banner = announce("main.banner")

func init() {
	fmt.Println("main init in main.go, count =", counter)
}

func main() {
	fmt.Println("main.main starts; args:", len(os.Args)-1, os.Args[1:])
	p := g.Point{X: 3, Y: 4}
	fmt.Printf("%v %+v %T\n", p, p, p)
	fmt.Printf("%T %T\n", &p, []g.Shape{})
	fmt.Println("norm:", p.Norm(), "scaled:", p.Scale(2))
	var shapes []g.Shape = []g.Shape{g.NewSquare(2), g.Circle{R: 1}, p}
	for _, s := range shapes {
		fmt.Printf("%-12T area %.2f %s\n", s, s.Area(), describe(s))
	}
	if sq, ok := shapes[0].(*g.Square); ok {
		sq.Grow(1)
		fmt.Println("grown:", sq.Area(), sq)
	}
	fmt.Println(registry.Names())
	fmt.Println(Max(3, 9), Max(-1, -5), Greeting)
	area := g.Shape.Area
	fmt.Println("method expression:", area(g.Circle{R: 2}) > 12)
	fmt.Println("banner:", banner, "origin:", g.Origin, "unit:", g.Unit)
	fmt.Println("errors:", g.ErrDegenerate, g.Check(g.Circle{}) == g.ErrDegenerate)
	g.Origin.X = 7
	fmt.Println("moved origin:", g.Origin)
	info := ver.Current()
	fmt.Printf("%T %v %+v\n", info, info, *info)
	total()
}
