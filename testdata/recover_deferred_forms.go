package main

import "fmt"

// recover() works in whatever form the deferred call takes -- a function with
// arguments, a method (value or pointer receiver, through an interface, as a method
// value or expression), a func value -- and only in the deferred function itself.

type catcher struct{ name string }

func (c catcher) catch(tag string) {
	if r := recover(); r != nil {
		fmt.Println(c.name, tag, "caught:", r)
	}
}

func (c *catcher) catchPointer() {
	if r := recover(); r != nil {
		fmt.Println(c.name, "pointer caught:", r)
		c.name = "used"
	}
}

type recoverer interface{ catch(tag string) }

func report(prefix string, n int) {
	if r := recover(); r != nil {
		fmt.Println(prefix, n, "caught:", r)
	}
}

func helperRecover() interface{} { return recover() }

func indirectOnly() {
	if r := helperRecover(); r != nil {
		fmt.Println("indirect caught (wrong)")
	}
}

func withArguments() {
	defer report("function with arguments", 1)
	panic("one")
}

func withMethod() {
	c := catcher{"value receiver"}
	defer c.catch("method")
	c.name = "changed after defer"
	panic("two")
}

func withPointerMethod() (c *catcher) {
	c = &catcher{"pointer receiver"}
	defer c.catchPointer()
	panic("three")
}

func withInterface() {
	var r recoverer = catcher{"interface"}
	defer r.catch("dynamic")
	panic("four")
}

func withMethodValue() {
	c := catcher{"method value"}
	f := c.catch
	defer f("bound")
	panic("five")
}

func withMethodExpression() {
	defer catcher.catch(catcher{"method expression"}, "expr")
	panic("six")
}

func withFuncValue() {
	f := report
	defer f("func value", 7)
	panic("seven")
}

func withClosureArguments() {
	defer func(label string) {
		fmt.Println(label, "caught:", recover())
	}("closure with argument")
	panic("eight")
}

func notDirect() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("outer caught: ", r)
		}
	}()
	defer indirectOnly()
	defer func() { helperRecover() }()
	panic("nine")
}

func main() {
	withArguments()
	withMethod()
	fmt.Println(withPointerMethod().name)
	withInterface()
	withMethodValue()
	withMethodExpression()
	withFuncValue()
	withClosureArguments()
	fmt.Println(notDirect())
}
