package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{0, -0.0, 1, -1.5, math.Inf(1), math.NaN(), 1e-310, math.MaxFloat64} {
		b := math.Float64bits(x)
		f := float32(x)
		fmt.Println(b, math.Float64frombits(b) == x, math.Float32bits(f), math.Float32frombits(math.Float32bits(f)))
	}
	fmt.Println(math.Float64frombits(0x7ff8000000000001), math.Float32frombits(0x3f800000))
}
