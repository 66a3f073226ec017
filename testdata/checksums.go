// Hashes and checksums with unsigned wrap-around: CRC-32 table, Adler-32, FNV-1a 64, djb2.
package main

import "fmt"

var crcTable [256]uint32

func makeTable() {
	for i := 0; i < 256; i++ {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 == 1 {
				c = 0xEDB88320 ^ (c >> 1)
			} else {
				c >>= 1
			}
		}
		crcTable[i] = c
	}
}

func crc32(data string) uint32 {
	c := ^uint32(0)
	for i := 0; i < len(data); i++ {
		c = crcTable[byte(c)^data[i]] ^ (c >> 8)
	}
	return ^c
}

func adler32(data string) uint32 {
	const mod = 65521
	a, b := uint32(1), uint32(0)
	for i := 0; i < len(data); i++ {
		a = (a + uint32(data[i])) % mod
		b = (b + a) % mod
	}
	return b<<16 | a
}

func fnv64a(data string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(data); i++ {
		h ^= uint64(data[i])
		h *= 1099511628211
	}
	return h
}

func djb2(data string) uint32 {
	var h uint32 = 5381
	for _, c := range []byte(data) {
		h = h<<5 + h + uint32(c)
	}
	return h
}

func main() {
	makeTable()
	fmt.Printf("table[1]=%08x table[255]=%08x\n", crcTable[1], crcTable[255])
	inputs := []string{"", "a", "abc", "hello world", "The quick brown fox jumps over the lazy dog", "日本"}
	for _, s := range inputs {
		fmt.Printf("%-45q crc32=%08x adler=%08x fnv=%016x djb2=%d\n", s, crc32(s), adler32(s), fnv64a(s), djb2(s))
	}
	long := ""
	for i := 0; i < 500; i++ {
		long += string(rune('a' + i%26))
	}
	fmt.Printf("%08X %08X %X %d\n", crc32(long), adler32(long), fnv64a(long), djb2(long))
}
