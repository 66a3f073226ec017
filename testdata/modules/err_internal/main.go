package main

import (
	"fmt"

	"example.com/internals/a/user"
	"example.com/internals/b"
)

func main() { fmt.Println(user.U, b.B) }
