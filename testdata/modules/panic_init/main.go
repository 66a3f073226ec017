// A package variable of an imported package panics while it is initialised: the
// main package's initialisers never run.
package main

import (
	"fmt"

	"example.com/panicinit/config"
)

var mainVar = fmt.Sprint("main var")

func main() { fmt.Println(config.Limit, mainVar) }
