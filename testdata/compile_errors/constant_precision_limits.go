package main

import "fmt"

// Untyped integer constants hold at most 512 bits; floats are rounded to
// 512-bit mantissas and never overflow at these sizes.
const big = 1 << 511
const tooBig = 1 << 600
const product = big * 4
const sum = big + big
const complement = ^(big * 2)
const float = 1e300 * 1e300 * 1e300 * 1e300
const huge = float * float * float * float

func main() {
	fmt.Println(big > 0, tooBig, product, sum, complement, huge > float)
	var x = 1
	fmt.Println(x << 600, -(big * big))
}
