package main

import (
	"os"
	"strconv"

	"example.com/unexported/named"
)

func other() string { return strconv.Itoa(1) }
