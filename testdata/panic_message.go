// panic with a constant string message: "panic: msg" then exit 2; stdout before it is kept.
package main

import "fmt"

func validate(age int) {
	if age < 0 {
		panic("negative age")
	}
	fmt.Println("age ok:", age)
}

func main() {
	validate(30)
	validate(0)
	println("stderr before the panic")
	validate(-1)
	fmt.Println("not reached")
}
