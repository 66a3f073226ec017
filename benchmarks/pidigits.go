// pidigits: the first N digits of π by the unbounded spigot algorithm (Gibbons), on math/big.Int,
// printed ten to a line as the benchmarks game prints them. The issue-13 bar: within 2x gc's time.
//
//	minigo build benchmarks/pidigits.go -o /tmp/pidigits && time /tmp/pidigits 10000
package main

import (
	"fmt"
	"math/big"
	"os"
	"strconv"
)

var (
	tmp1  = big.NewInt(0)
	tmp2  = big.NewInt(0)
	numer = big.NewInt(1)
	accum = big.NewInt(0)
	denom = big.NewInt(1)
	ten   = big.NewInt(10)
)

func extractDigit(nth int64) int64 {
	tmp1.Mul(numer, tmp2.SetInt64(nth))
	tmp2.Add(tmp1, accum)
	tmp1.Quo(tmp2, denom)
	return tmp1.Int64()
}

func eliminateDigit(d int64) {
	accum.Sub(accum, tmp1.Mul(denom, tmp2.SetInt64(d)))
	accum.Mul(accum, ten)
	numer.Mul(numer, ten)
}

func nextTerm(k int64) {
	k2 := k*2 + 1
	accum.Add(accum, tmp1.Lsh(numer, 1))
	accum.Mul(accum, tmp2.SetInt64(k2))
	denom.Mul(denom, tmp2.SetInt64(k2))
	numer.Mul(numer, tmp2.SetInt64(k))
}

func main() {
	n := 10000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	line := make([]byte, 0, 10)
	for i, k := 0, int64(0); i < n; {
		k++
		nextTerm(k)
		if numer.Cmp(accum) > 0 {
			continue
		}
		d := extractDigit(3)
		if d != extractDigit(4) {
			continue
		}
		line = append(line, byte('0'+d))
		i++
		if i%10 == 0 || i == n {
			for len(line) < 10 {
				line = append(line, ' ')
			}
			fmt.Printf("%s\t:%d\n", line, i)
			line = line[:0]
		}
		eliminateDigit(d)
	}
}
