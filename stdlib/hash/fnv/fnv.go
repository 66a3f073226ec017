// Package fnv implements FNV-1 and FNV-1a, non-cryptographic hash functions created by Glenn
// Fowler, Landon Curt Noll, and Phong Vo: each byte is multiplied in by a prime and XORed in
// (FNV-1 multiplies first, FNV-1a XORs first), starting from a fixed offset basis.
package fnv

import (
	"hash"
	"math/bits"
)

type (
	sum32   uint32
	sum32a  uint32
	sum64   uint64
	sum64a  uint64
	sum128  [2]uint64 // high word, low word
	sum128a [2]uint64
)

const (
	offset32        = 2166136261
	offset64        = 14695981039346656037
	offset128High   = 0x6c62272e07bb0142
	offset128Low    = 0x62b821756295c58d
	prime32         = 16777619
	prime64         = 1099511628211
	prime128Low     = 0x13b
	prime128HighBit = 24 // the 128-bit prime is 1<<88 + prime128Low: bit 24 of the high word
)

// New32 returns a new 32-bit FNV-1 hash.Hash. Its Sum method will lay the value out in
// big-endian byte order.
func New32() hash.Hash32 {
	var s sum32 = offset32
	return &s
}

// New32a returns a new 32-bit FNV-1a hash.Hash. Its Sum method will lay the value out in
// big-endian byte order.
func New32a() hash.Hash32 {
	var s sum32a = offset32
	return &s
}

// New64 returns a new 64-bit FNV-1 hash.Hash. Its Sum method will lay the value out in
// big-endian byte order.
func New64() hash.Hash64 {
	var s sum64 = offset64
	return &s
}

// New64a returns a new 64-bit FNV-1a hash.Hash. Its Sum method will lay the value out in
// big-endian byte order.
func New64a() hash.Hash64 {
	var s sum64a = offset64
	return &s
}

// New128 returns a new 128-bit FNV-1 hash.Hash. Its Sum method will lay the value out in
// big-endian byte order.
func New128() hash.Hash {
	s := sum128{offset128High, offset128Low}
	return &s
}

// New128a returns a new 128-bit FNV-1a hash.Hash. Its Sum method will lay the value out in
// big-endian byte order.
func New128a() hash.Hash {
	s := sum128a{offset128High, offset128Low}
	return &s
}

func (s *sum32) Reset()   { *s = offset32 }
func (s *sum32a) Reset()  { *s = offset32 }
func (s *sum64) Reset()   { *s = offset64 }
func (s *sum64a) Reset()  { *s = offset64 }
func (s *sum128) Reset()  { *s = sum128{offset128High, offset128Low} }
func (s *sum128a) Reset() { *s = sum128a{offset128High, offset128Low} }

func (s *sum32) Sum32() uint32  { return uint32(*s) }
func (s *sum32a) Sum32() uint32 { return uint32(*s) }
func (s *sum64) Sum64() uint64  { return uint64(*s) }
func (s *sum64a) Sum64() uint64 { return uint64(*s) }

func (s *sum32) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h *= prime32
		h ^= sum32(c)
	}
	*s = h
	return len(data), nil
}

func (s *sum32a) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h ^= sum32a(c)
		h *= prime32
	}
	*s = h
	return len(data), nil
}

func (s *sum64) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h *= prime64
		h ^= sum64(c)
	}
	*s = h
	return len(data), nil
}

func (s *sum64a) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h ^= sum64a(c)
		h *= prime64
	}
	*s = h
	return len(data), nil
}

// times128Prime multiplies the 128-bit value high:low by the 128-bit prime, modulo 2^128.
func times128Prime(high, low uint64) (uint64, uint64) {
	carry, product := bits.Mul64(prime128Low, low)
	carry += high*prime128Low + low<<prime128HighBit
	return carry, product
}

func (s *sum128) Write(data []byte) (int, error) {
	high, low := s[0], s[1]
	for _, c := range data {
		high, low = times128Prime(high, low)
		low ^= uint64(c)
	}
	s[0], s[1] = high, low
	return len(data), nil
}

func (s *sum128a) Write(data []byte) (int, error) {
	high, low := s[0], s[1]
	for _, c := range data {
		low ^= uint64(c)
		high, low = times128Prime(high, low)
	}
	s[0], s[1] = high, low
	return len(data), nil
}

func (s *sum32) Size() int   { return 4 }
func (s *sum32a) Size() int  { return 4 }
func (s *sum64) Size() int   { return 8 }
func (s *sum64a) Size() int  { return 8 }
func (s *sum128) Size() int  { return 16 }
func (s *sum128a) Size() int { return 16 }

func (s *sum32) BlockSize() int   { return 1 }
func (s *sum32a) BlockSize() int  { return 1 }
func (s *sum64) BlockSize() int   { return 1 }
func (s *sum64a) BlockSize() int  { return 1 }
func (s *sum128) BlockSize() int  { return 1 }
func (s *sum128a) BlockSize() int { return 1 }

func appendBigEndian(in []byte, v uint64, size int) []byte {
	for shift := 8 * (size - 1); shift >= 0; shift -= 8 {
		in = append(in, byte(v>>shift))
	}
	return in
}

func (s *sum32) Sum(in []byte) []byte  { return appendBigEndian(in, uint64(*s), 4) }
func (s *sum32a) Sum(in []byte) []byte { return appendBigEndian(in, uint64(*s), 4) }
func (s *sum64) Sum(in []byte) []byte  { return appendBigEndian(in, uint64(*s), 8) }
func (s *sum64a) Sum(in []byte) []byte { return appendBigEndian(in, uint64(*s), 8) }
func (s *sum128) Sum(in []byte) []byte {
	return appendBigEndian(appendBigEndian(in, s[0], 8), s[1], 8)
}
func (s *sum128a) Sum(in []byte) []byte {
	return appendBigEndian(appendBigEndian(in, s[0], 8), s[1], 8)
}
