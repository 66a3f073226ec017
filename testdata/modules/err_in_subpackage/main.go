package main

import "example.com/insub/sub"

func main() { sub.F() }
