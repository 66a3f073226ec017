// An expression cut short after a binary |: gc wants an expression (a ~ term
// or type is wanted only inside a type constraint).
package main

func main() {
	a := 1
	x := a |
		return
}
