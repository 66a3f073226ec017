package main

import "fmt"

// A panic value with a String method prints that; recover-free death exits 2.

type state int

func (s state) String() string { return [...]string{"idle", "running", "broken"}[s] }

func check(s state) {
	if s == 2 {
		panic(s)
	}
	fmt.Println("state ok:", s)
}

func main() {
	check(0)
	check(1)
	check(2)
}
