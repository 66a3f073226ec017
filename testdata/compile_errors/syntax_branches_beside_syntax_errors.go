// gc's parser checks labels and branch statements in every function body it
// read without a syntax error, so those errors are reported beside the syntax
// errors of other functions (the type checker does not run after those).
package main

func main() {
	break
	g := func() {
		continue
	}
	g()
L:
	goto M
}

func broken() {
	x :=
}

func alsoBroken() {
	func() { x := }()
	break
}
