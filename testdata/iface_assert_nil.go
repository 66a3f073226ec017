// Asserting a nil interface panics; the message names the static interface type
// for a concrete target.
package main

import "fmt"

type Animal interface{ Sound() string }

type Dog struct{}

func (Dog) Sound() string { return "woof" }

func find(name string) Animal {
	if name == "dog" {
		return Dog{}
	}
	return nil
}

func main() {
	fmt.Println(find("dog").(Dog).Sound())
	d, ok := find("cat").(Dog)
	fmt.Println(d, ok)
	fmt.Println(find("cat").(Dog).Sound())
}
