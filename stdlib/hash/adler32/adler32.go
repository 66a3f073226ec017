// Package adler32 implements the Adler-32 checksum (RFC 1950): two sums modulo 65521, the
// running sum of the bytes (plus one) in the low half and the sum of those sums in the high.
package adler32

import "hash"

const (
	modulus = 65521
	// The most bytes that can be summed before the 32-bit high sum could overflow and must be
	// reduced.
	maxRun = 5552
)

// The size of an Adler-32 checksum in bytes.
const Size = 4

// digest holds the checksum: high sum << 16 | low sum.
type digest uint32

// New returns a new hash.Hash32 computing the Adler-32 checksum. Its Sum method will lay the
// value out in big-endian byte order.
func New() hash.Hash32 {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Reset() { *d = 1 }

func (d *digest) Size() int { return Size }

func (d *digest) BlockSize() int { return 4 }

func update(d digest, p []byte) digest {
	low, high := uint32(d&0xffff), uint32(d>>16)
	for len(p) > 0 {
		run := p
		if len(run) > maxRun {
			run = run[:maxRun]
		}
		p = p[len(run):]
		for _, b := range run {
			low += uint32(b)
			high += low
		}
		low %= modulus
		high %= modulus
	}
	return digest(high<<16 | low)
}

func (d *digest) Write(p []byte) (nn int, err error) {
	*d = update(*d, p)
	return len(p), nil
}

func (d *digest) Sum32() uint32 { return uint32(*d) }

func (d *digest) Sum(in []byte) []byte {
	s := uint32(*d)
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}

// Checksum returns the Adler-32 checksum of data.
func Checksum(data []byte) uint32 { return uint32(update(1, data)) }
