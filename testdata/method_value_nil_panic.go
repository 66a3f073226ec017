// Evaluating the method value i.M of a nil interface panics at once, before the
// call.
package main

import "fmt"

type Greeter interface{ Greet() string }

type English struct{}

func (English) Greet() string { return "hello" }

func main() {
	var g Greeter = English{}
	f := g.Greet
	fmt.Println(f())
	g = nil
	fmt.Println("taking the method value")
	f = g.Greet
	fmt.Println("not reached", f != nil)
}
