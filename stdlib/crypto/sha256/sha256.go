// Package sha256 implements the SHA224 and SHA256 hash algorithms as defined in FIPS 180-4.
//
// Data is buffered to whole 64-byte blocks, each compressed into eight 32-bit words; Sum pads a
// copy of the state (a 0x80 byte, zeros, the bit length big-endian) so the digest can go on.
package sha256

import (
	"crypto/internal/mdbuf"
	"hash"
)

// The size of a SHA256 checksum in bytes.
const Size = 32

// The size of a SHA224 checksum in bytes.
const Size224 = 28

// The blocksize of SHA256 and SHA224 in bytes.
const BlockSize = 64

var initial256 = [8]uint32{
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
}

var initial224 = [8]uint32{
	0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4,
}

// roundConstants are the first 32 bits of the fractional parts of the cube roots of the first
// 64 primes (FIPS 180-4, 4.2.2).
var roundConstants = [64]uint32{
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
}

type digest struct {
	h     [8]uint32
	buf   mdbuf.Buffer
	is224 bool
}

// New returns a new hash.Hash computing the SHA256 checksum.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

// New224 returns a new hash.Hash computing the SHA224 checksum.
func New224() hash.Hash {
	d := &digest{is224: true}
	d.Reset()
	return d
}

func (d *digest) Reset() {
	if d.is224 {
		d.h = initial224
	} else {
		d.h = initial256
	}
	d.buf.Reset(BlockSize)
}

func (d *digest) Size() int {
	if d.is224 {
		return Size224
	}
	return Size
}

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
	return append(in, sum[:d.Size()]...)
}

// finish pads the message and returns the big-endian state.
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

// Sum256 returns the SHA256 checksum of the data.
func Sum256(data []byte) [Size]byte {
	var d digest
	d.Reset()
	d.Write(data)
	return d.finish()
}

// Sum224 returns the SHA224 checksum of the data.
func Sum224(data []byte) [Size224]byte {
	d := digest{is224: true}
	d.Reset()
	d.Write(data)
	sum := d.finish()
	var out [Size224]byte
	copy(out[:], sum[:])
	return out
}

// compress folds the whole blocks of p into h.
func compress(h *[8]uint32, p []byte) {
	var w [64]uint32
	h0, h1, h2, h3, h4, h5, h6, h7 := h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]
	for len(p) >= BlockSize {
		for i := 0; i < 16; i++ {
			j := i * 4
			w[i] = uint32(p[j])<<24 | uint32(p[j+1])<<16 | uint32(p[j+2])<<8 | uint32(p[j+3])
		}
		for i := 16; i < 64; i++ {
			a, b := w[i-2], w[i-15]
			s1 := (a>>17 | a<<15) ^ (a>>19 | a<<13) ^ a>>10
			s0 := (b>>7 | b<<25) ^ (b>>18 | b<<14) ^ b>>3
			w[i] = s1 + w[i-7] + s0 + w[i-16]
		}
		a, b, c, dd, e, f, g, hh := h0, h1, h2, h3, h4, h5, h6, h7
		for i := 0; i < 64; i++ {
			sigma1 := (e>>6 | e<<26) ^ (e>>11 | e<<21) ^ (e>>25 | e<<7)
			choose := e&f ^ ^e&g
			t1 := hh + sigma1 + choose + roundConstants[i] + w[i]
			sigma0 := (a>>2 | a<<30) ^ (a>>13 | a<<19) ^ (a>>22 | a<<10)
			majority := a&b ^ a&c ^ b&c
			t2 := sigma0 + majority
			hh, g, f, e, dd, c, b, a = g, f, e, dd+t1, c, b, a, t1+t2
		}
		h0 += a
		h1 += b
		h2 += c
		h3 += dd
		h4 += e
		h5 += f
		h6 += g
		h7 += hh
		p = p[BlockSize:]
	}
	h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7] = h0, h1, h2, h3, h4, h5, h6, h7
}
