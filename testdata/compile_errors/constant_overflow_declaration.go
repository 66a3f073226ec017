package main

import "fmt"

func main() {
	var big int64 = 1 << 63
	var neg uint = -1
	fmt.Println(big, neg)
}
