package main

import "fmt"

func main() {
	s := `this raw string
never ends
	fmt.Println(s)
}
