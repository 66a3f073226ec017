package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := strconv.ParseWhatever("12")
	fmt.Printline(n)
}
