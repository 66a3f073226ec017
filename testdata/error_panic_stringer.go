// panic with a Stringer prints String(); an error wrapped by fmt.Errorf prints
// its whole message.
package main

import (
	"errors"
	"fmt"
)

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

func check(l Level) {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Errorf("while checking %v: %w", l, errors.New("gave up")))
	}()
	panic(l)
}

func main() {
	check(2)
}
