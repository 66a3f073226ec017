package main

func main() {
	a := 1
	b := undefinedThing
	var c int = "s"
	d := 4
}
