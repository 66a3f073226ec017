package main

func main() {
	var x Undefined
	var y int
	var z = missing
	var w [bad]int
}
