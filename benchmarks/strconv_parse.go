// strconv_parse: strconv.ParseFloat of 1M strings (shortest forms of
// floats from 1e-3 to 1e9, 3-decimal forms and long 17-digit forms,
// made before the clock matters), plus Atoi of 1M ints; prints a
// checksum of the results. ./strconv_parse [n].
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
	floats := make([]string, n)
	ints := make([]string, n)
	x := uint64(88172645463325252)
	for i := range floats {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		f := float64(x>>11) / (1 << 53) * scale[i%len(scale)]
		switch i % 3 {
		case 0:
			floats[i] = strconv.FormatFloat(f, 'g', -1, 64)
		case 1:
			floats[i] = strconv.FormatFloat(f, 'f', 3, 64)
		default:
			floats[i] = strconv.FormatFloat(f, 'e', 16, 64)
		}
		ints[i] = strconv.FormatInt(int64(x>>(i%60))-int64(x>>(i%60+1)), 10)
	}
	var hash uint64
	for rep := 0; rep < 3; rep++ {
		for _, s := range floats {
			f, err := strconv.ParseFloat(s, 64)
			if err != nil {
				panic(err)
			}
			hash = hash*31 + math.Float64bits(f)
		}
		for _, s := range ints {
			v, err := strconv.Atoi(s)
			if err != nil {
				panic(err)
			}
			hash = hash*31 + uint64(v)
		}
	}
	fmt.Println(n, hash)
}
