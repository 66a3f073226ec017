// gc's parser reports a go or defer of something other than a call at the
// expression's position, which for a composite literal is its opening brace.
package main

type T struct{}

func main() {
	go T{}
	defer []int{1}
}
