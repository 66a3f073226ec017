// sync.Once: when the function passed to Do panics, the Once counts as done and is
// unlocked: the panic reaches Do's caller, and later Do calls neither run their
// function nor deadlock.
package main

import (
	"fmt"
	"sync"
)

var once sync.Once

func initialise(runs *int) {
	*runs++
	panic(fmt.Sprintf("initialisation failed (run %d)", *runs))
}

func tryDo(f func()) (err interface{}) {
	defer func() { err = recover() }()
	once.Do(f)
	return nil
}

func main() {
	runs := 0
	fmt.Println("first:", tryDo(func() { initialise(&runs) }))
	fmt.Println("second:", tryDo(func() { initialise(&runs) }))
	fmt.Println("third:", tryDo(func() { fmt.Println("never printed") }))
	fmt.Println("runs:", runs)

	// the same from other goroutines: none runs f, none blocks
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { fmt.Println("never printed either") })
		}()
	}
	wg.Wait()
	fmt.Println("goroutines done")

	// a nil function: the nil call panics inside Do, and the Once is done too
	var nilOnce sync.Once
	func() {
		defer func() { fmt.Println("nil f:", recover()) }()
		nilOnce.Do(nil)
	}()
	nilOnce.Do(func() { fmt.Println("never printed after nil") })

	// a Once that panics and is not recovered still ends the program as a panic
	var last sync.Once
	last.Do(func() { panic("unrecovered") })
}
