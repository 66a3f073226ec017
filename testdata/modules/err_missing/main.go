package main

import (
	"fmt"

	"example.com/missing/nothere"
	"foo/bar"
	"github.com/someone/elsewhere"
)

func main() { fmt.Println(nothere.X, bar.Y, elsewhere.Z) }
