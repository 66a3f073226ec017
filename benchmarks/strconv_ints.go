// strconv_ints: integer conversions, 2M values of every length (a third
// negative): AppendInt, FormatInt, Itoa, then Atoi and ParseInt of what
// was written; prints a checksum. ./strconv_ints [n].
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 2000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var hash uint64
	buf := make([]byte, 0, 32)
	x := uint64(88172645463325252)
	for i := 0; i < n; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		v := int64(x >> (i % 63))
		if i%3 == 0 {
			v = -v
		}
		buf = strconv.AppendInt(buf[:0], v, 10)
		s := strconv.FormatInt(v/7, 10)
		t := strconv.Itoa(int(v % 100000))
		a, err := strconv.Atoi(string(buf))
		if err != nil {
			panic(err)
		}
		b, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			panic(err)
		}
		c, _ := strconv.Atoi(t)
		hash = hash*31 + uint64(a) ^ uint64(b) + uint64(c) + uint64(len(buf)+len(s)+len(t))
	}
	fmt.Println(n, hash)
}
