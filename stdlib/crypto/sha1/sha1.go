// Package sha1 implements the SHA-1 hash algorithm as defined in RFC 3174.
//
// SHA-1 is cryptographically broken and should not be used for secure applications.
package sha1

import (
	"crypto/internal/mdbuf"
	"hash"
)

// The size of a SHA-1 checksum in bytes.
const Size = 20

// The blocksize of SHA-1 in bytes.
const BlockSize = 64

type digest struct {
	h   [5]uint32
	buf mdbuf.Buffer
}

// New returns a new hash.Hash computing the SHA1 checksum.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Reset() {
	d.h = [5]uint32{0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0}
	d.buf.Reset(BlockSize)
}

func (d *digest) Size() int { return Size }

func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) Write(p []byte) (nn int, err error) {
	d.buf.Write(p, d.blocks)
	return len(p), nil
}

// blocks compresses whole blocks into the state.
func (d *digest) blocks(p []byte) { compress(&d.h, p) }

func (d *digest) Sum(in []byte) []byte {
	final := *d
	sum := final.finish()
	return append(in, sum[:]...)
}

// finish pads with 0x80, zeros and the big-endian bit length, and returns the state big-endian.
func (d *digest) finish() [Size]byte {
	d.buf.Finish(8, true, d.blocks)
	var out [Size]byte
	for i, word := range d.h {
		out[4*i] = byte(word >> 24)
		out[4*i+1] = byte(word >> 16)
		out[4*i+2] = byte(word >> 8)
		out[4*i+3] = byte(word)
	}
	return out
}

// Sum returns the SHA-1 checksum of the data.
func Sum(data []byte) [Size]byte {
	var d digest
	d.Reset()
	d.Write(data)
	return d.finish()
}

func compress(h *[5]uint32, p []byte) {
	var w [80]uint32
	for len(p) >= BlockSize {
		for i := 0; i < 16; i++ {
			j := 4 * i
			w[i] = uint32(p[j])<<24 | uint32(p[j+1])<<16 | uint32(p[j+2])<<8 | uint32(p[j+3])
		}
		for i := 16; i < 80; i++ {
			x := w[i-3] ^ w[i-8] ^ w[i-14] ^ w[i-16]
			w[i] = x<<1 | x>>31
		}
		a, b, c, d, e := h[0], h[1], h[2], h[3], h[4]
		for i := 0; i < 80; i++ {
			var f, k uint32
			switch {
			case i < 20:
				f, k = b&c|^b&d, 0x5A827999
			case i < 40:
				f, k = b^c^d, 0x6ED9EBA1
			case i < 60:
				f, k = b&c|b&d|c&d, 0x8F1BBCDC
			default:
				f, k = b^c^d, 0xCA62C1D6
			}
			t := (a<<5 | a>>27) + f + e + k + w[i]
			a, b, c, d, e = t, a, b<<30|b>>2, c, d
		}
		h[0] += a
		h[1] += b
		h[2] += c
		h[3] += d
		h[4] += e
		p = p[BlockSize:]
	}
}
