package main

import "example.com/twonames/mixed"

func main() { mixed.F() }
