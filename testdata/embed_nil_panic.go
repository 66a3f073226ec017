// A value method promoted through a nil embedded pointer dereferences it: a nil
// pointer panic, after the pointer methods that tolerate nil have run.
package main

import "fmt"

type Engine struct{ HP int }

func (e *Engine) Ready() bool { return e != nil }
func (e Engine) Power() int   { return e.HP }

type Car struct {
	*Engine
	Model string
}

func main() {
	c := Car{Model: "T"}
	fmt.Println(c.Model, c.Ready())
	var p interface{ Power() int } = Car{&Engine{90}, "A"}
	fmt.Println(p.Power())
	p = c
	fmt.Println(p.Power())
}
