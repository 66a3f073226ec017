// recover() works in a method called as a deferred method value, interface method,
// method expression or pointer method: the compiler's wrappers do not count as a level.
package main

import "fmt"

type R struct{ name string }

func (r R) Catch() {
	if x := recover(); x != nil {
		fmt.Println(r.name, "caught", x)
	}
}

type Catcher interface{ Catch() }

func viaValue() {
	f := R{"method value"}.Catch
	defer f()
	panic(1)
}

func viaInterface() {
	var c Catcher = R{"interface"}
	defer c.Catch()
	panic(2)
}

func viaExpression() {
	defer R.Catch(R{"expression"})
	panic(3)
}

func viaPointer() {
	defer (&R{"pointer"}).Catch()
	panic(4)
}

func main() {
	viaValue()
	viaInterface()
	viaExpression()
	viaPointer()
	fmt.Println("done")
}
