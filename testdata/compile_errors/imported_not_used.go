package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(1))
}
