// Package hash provides interfaces for hash functions.
package hash

import "io"

// Hash is the common interface implemented by all hash functions.
//
// Write (via the embedded io.Writer interface) adds more data to the running hash; it never
// returns an error. Sum appends the current hash to b and returns the resulting slice, without
// changing the underlying hash state. Reset resets the Hash to its initial state. Size returns
// the number of bytes Sum will return. BlockSize returns the hash's underlying block size: Write
// accepts any amount of data, but it may operate more efficiently if all writes are a multiple
// of the block size.
type Hash interface {
	io.Writer
	Sum(b []byte) []byte
	Reset()
	Size() int
	BlockSize() int
}

// Hash32 is the common interface implemented by all 32-bit hash functions.
type Hash32 interface {
	Hash
	Sum32() uint32
}

// Hash64 is the common interface implemented by all 64-bit hash functions.
type Hash64 interface {
	Hash
	Sum64() uint64
}
