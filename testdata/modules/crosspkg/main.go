// Embedding, enumerations, closures, interfaces, goroutines, errors and recover
// across packages.
package main

import (
	"errors"
	"fmt"

	"example.com/crosspkg/worker"
	"example.com/crosspkg/zoo"
)

type Robot struct{ serial int }

func (r Robot) Speak() string { return fmt.Sprintf("robot #%d beeps", r.serial) }

type Pet struct {
	zoo.Animal
	Owner string
}

func init() {
	zoo.Registry["rex"] = zoo.Dog
	zoo.Registry["tom"] = zoo.Cat
}

func main() {
	pet := Pet{zoo.Animal{zoo.NewBase("Rex", 4), zoo.Dog}, "ann"}
	fmt.Println(pet.Name, pet.Legs(), pet.Hello(), pet.Kind, pet.Owner)
	fmt.Printf("%v|%+v|%d\n", pet, pet.Animal, pet.Kind)
	speakers := []zoo.Speaker{pet, Robot{7}, &pet.Animal}
	for _, s := range speakers {
		fmt.Println(zoo.Describe(s))
	}
	hello := pet.Hello
	legs := (*zoo.Base).Legs
	fmt.Println(hello(), legs(&pet.Base))

	next := zoo.Counter()
	next()
	next()
	fmt.Println("counter:", next())

	fmt.Println(zoo.MustFind("rex"), zoo.MustFind("tom"))
	func() {
		defer func() {
			err := recover().(error)
			fmt.Println("recovered:", err, errors.Is(err, zoo.ErrEscaped))
		}()
		zoo.MustFind("felix")
	}()

	kinds := []zoo.Kind{zoo.Cat, zoo.Dog, zoo.Bird, zoo.Dog}
	results := worker.Run(kinds, 3, func(k zoo.Kind) zoo.Kind { return (k + 1) % 3 })
	fmt.Println(results)
	ch := make(chan string)
	worker.Crash(ch)
	fmt.Println(<-ch)
	var s fmt.Stringer = zoo.Bird
	fmt.Printf("%v %T %s\n", s, s, s)
}
