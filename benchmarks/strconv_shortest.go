// strconv_shortest: shortest formatting ('g', -1) of 1M float64s, half
// spread over 1e-3 to 1e9 (what programs print), a quarter short
// decimals, a quarter random bit patterns (any exponent), each also as a
// float32; prints a checksum of every byte written. ./strconv_shortest [n].
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	scale := []float64{1e-3, 1e-2, 1e-1, 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8}
	var hash, total uint64
	buf := make([]byte, 0, 64)
	x := uint64(88172645463325252)
	for i := 0; i < n; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		f := float64(x>>11) / (1 << 53) * scale[i%len(scale)]
		switch i % 4 {
		case 0:
			// Short decimals too, as a program's data has them.
			f = float64(int64(x>>40)) / 100
		case 1:
			f = math.Float64frombits(x &^ (1 << 62 >> (i % 2))) // no NaN or Inf
		}
		buf = strconv.AppendFloat(buf[:0], f, 'g', -1, 64)
		for _, c := range buf {
			hash = hash*31 + uint64(c)
		}
		total += uint64(len(buf))
		buf = strconv.AppendFloat(buf[:0], float64(float32(f)), 'g', -1, 32)
		for _, c := range buf {
			hash = hash*31 + uint64(c)
		}
		total += uint64(len(buf))
	}
	fmt.Println(n, total, hash)
}
