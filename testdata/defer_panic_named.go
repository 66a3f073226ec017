package main

import "fmt"

// Values of named basic types print with their type: main.Celsius(+1.500000e+000).

type Celsius float64

func main() {
	defer func() {
		fmt.Println("deferred sees the panic going on")
	}()
	var t Celsius = 1.5
	panic(t)
}
