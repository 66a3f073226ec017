package main

import (
	"os"
	"strconv"
)

func other() string { return strconv.Itoa(1) }
