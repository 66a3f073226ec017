package util

import "fmt"

const Greeting = "hello from util"

func Max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func init() { fmt.Println("util init") }
