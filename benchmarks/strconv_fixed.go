// strconv_fixed: the issue-10 formatting figure -- 1M floats with
// strconv.AppendFloat(buf, f, 'f', 3, 64) and 1M ints with AppendInt,
// into one reused buffer; prints a checksum of every byte written.
// Run with an optional count: ./strconv_fixed [n].
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var hash, total uint64
	buf := make([]byte, 0, 64)
	x := uint64(88172645463325252)
	for i := 0; i < n; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		// Values in [0, 1e6) with a full 53-bit fraction; every eighth negative.
		f := float64(x>>11) / (1 << 53) * 1e6
		if i%8 == 0 {
			f = -f
		}
		buf = strconv.AppendFloat(buf[:0], f, 'f', 3, 64)
		for _, c := range buf {
			hash = hash*31 + uint64(c)
		}
		total += uint64(len(buf))
		v := int64(x>>(i%50)) - int64(x>>(i%50+1))
		buf = strconv.AppendInt(buf[:0], v, 10)
		for _, c := range buf {
			hash = hash*31 + uint64(c)
		}
		total += uint64(len(buf))
	}
	fmt.Println(n, total, hash)
}
