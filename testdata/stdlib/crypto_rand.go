// crypto/rand: Read and Reader fill buffers of every size from getrandom
// (only properties are printed: the bytes are random).
package main

import (
	"bytes"
	"crypto/rand"
	"fmt"
	"io"
)

func main() {
	for _, size := range []int{0, 1, 16, 1000, 1 << 20} {
		b := make([]byte, size)
		n, err := rand.Read(b)
		zeros := bytes.Count(b, []byte{0})
		fmt.Println(size, n, err, size < 16 || zeros < size/2)
	}
	a, b := make([]byte, 32), make([]byte, 32)
	io.ReadFull(rand.Reader, a)
	io.ReadFull(rand.Reader, b)
	fmt.Println("two reads differ:", !bytes.Equal(a, b))
	var seen [256]bool
	buf := make([]byte, 100000)
	rand.Read(buf)
	for _, c := range buf {
		seen[c] = true
	}
	count := 0
	for _, s := range seen {
		if s {
			count++
		}
	}
	fmt.Println("every byte value seen:", count == 256)
}
