// Package sha512 implements the SHA-384, SHA-512, SHA-512/224, and SHA-512/256 hash algorithms
// as defined in FIPS 180-4. All four share one 64-bit compression over 128-byte blocks and
// differ in their initial state and how much of the final state they output.
package sha512

import (
	"crypto/internal/mdbuf"
	"hash"
)

const (
	// Size is the size, in bytes, of a SHA-512 checksum.
	Size = 64

	// Size224 is the size, in bytes, of a SHA-512/224 checksum.
	Size224 = 28

	// Size256 is the size, in bytes, of a SHA-512/256 checksum.
	Size256 = 32

	// Size384 is the size, in bytes, of a SHA-384 checksum.
	Size384 = 48

	// BlockSize is the block size, in bytes, of the SHA-512/224, SHA-512/256, SHA-384 and
	// SHA-512 hash functions.
	BlockSize = 128
)

// Initial states (FIPS 180-4, 5.3.4 to 5.3.6).
var (
	initial512 = [8]uint64{
		0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
		0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
	}
	initial384 = [8]uint64{
		0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
		0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4,
	}
	initial224 = [8]uint64{
		0x8c3d37c819544da2, 0x73e1996689dcd4d6, 0x1dfab7ae32ff9c82, 0x679dd514582f9fcf,
		0x0f6d2b697bd44da8, 0x77e36f7304c48942, 0x3f9d85a86a1d36c8, 0x1112e6ad91d692a1,
	}
	initial256 = [8]uint64{
		0x22312194fc2bf72c, 0x9f555fa3c84c64c2, 0x2393b86b6f53b151, 0x963877195940eabd,
		0x96283ee2a88effe3, 0xbe5e1e2553863992, 0x2b0199fc2c85b8aa, 0x0eb72ddc81c52ca2,
	}
)

// roundConstants are the first 64 bits of the fractional parts of the cube roots of the first
// 80 primes (FIPS 180-4, 4.2.3).
var roundConstants = [80]uint64{
	0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
	0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
	0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
	0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
	0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
	0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
	0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
	0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
	0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
	0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
	0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
	0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
	0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
	0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
	0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
	0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
	0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
	0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
	0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
	0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
}

type digest struct {
	h       [8]uint64
	buf     mdbuf.Buffer
	initial *[8]uint64
	size    int
}

func newDigest(initial *[8]uint64, size int) *digest {
	d := &digest{initial: initial, size: size}
	d.Reset()
	return d
}

// New returns a new hash.Hash computing the SHA-512 checksum.
func New() hash.Hash { return newDigest(&initial512, Size) }

// New512_224 returns a new hash.Hash computing the SHA-512/224 checksum.
func New512_224() hash.Hash { return newDigest(&initial224, Size224) }

// New512_256 returns a new hash.Hash computing the SHA-512/256 checksum.
func New512_256() hash.Hash { return newDigest(&initial256, Size256) }

// New384 returns a new hash.Hash computing the SHA-384 checksum.
func New384() hash.Hash { return newDigest(&initial384, Size384) }

func (d *digest) Reset() {
	d.h = *d.initial
	d.buf.Reset(BlockSize)
}

func (d *digest) Size() int { return d.size }

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
	return append(in, sum[:d.size]...)
}

// finish pads with 0x80, zeros and the 128-bit big-endian bit length (its high half is zero:
// lengths are counted in a uint64 of bytes), and returns the state big-endian.
func (d *digest) finish() [Size]byte {
	d.buf.Finish(16, true, d.blocks)
	var out [Size]byte
	for i, word := range d.h {
		for j := 0; j < 8; j++ {
			out[8*i+j] = byte(word >> (56 - 8*j))
		}
	}
	return out
}

func sum(initial *[8]uint64, data []byte) [Size]byte {
	d := digest{initial: initial}
	d.Reset()
	d.Write(data)
	return d.finish()
}

// Sum512 returns the SHA512 checksum of the data.
func Sum512(data []byte) [Size]byte { return sum(&initial512, data) }

// Sum384 returns the SHA384 checksum of the data.
func Sum384(data []byte) [Size384]byte {
	var out [Size384]byte
	full := sum(&initial384, data)
	copy(out[:], full[:])
	return out
}

// Sum512_224 returns the Sum512/224 checksum of the data.
func Sum512_224(data []byte) [Size224]byte {
	var out [Size224]byte
	full := sum(&initial224, data)
	copy(out[:], full[:])
	return out
}

// Sum512_256 returns the Sum512/256 checksum of the data.
func Sum512_256(data []byte) [Size256]byte {
	var out [Size256]byte
	full := sum(&initial256, data)
	copy(out[:], full[:])
	return out
}

func compress(h *[8]uint64, p []byte) {
	var w [80]uint64
	for len(p) >= BlockSize {
		for i := 0; i < 16; i++ {
			var word uint64
			for _, b := range p[8*i : 8*i+8] {
				word = word<<8 | uint64(b)
			}
			w[i] = word
		}
		for i := 16; i < 80; i++ {
			a, b := w[i-2], w[i-15]
			s1 := (a>>19 | a<<45) ^ (a>>61 | a<<3) ^ a>>6
			s0 := (b>>1 | b<<63) ^ (b>>8 | b<<56) ^ b>>7
			w[i] = s1 + w[i-7] + s0 + w[i-16]
		}
		a, b, c, dd, e, f, g, hh := h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]
		for i := 0; i < 80; i++ {
			sigma1 := (e>>14 | e<<50) ^ (e>>18 | e<<46) ^ (e>>41 | e<<23)
			t1 := hh + sigma1 + (e&f ^ ^e&g) + roundConstants[i] + w[i]
			sigma0 := (a>>28 | a<<36) ^ (a>>34 | a<<30) ^ (a>>39 | a<<25)
			t2 := sigma0 + (a&b ^ a&c ^ b&c)
			hh, g, f, e, dd, c, b, a = g, f, e, dd+t1, c, b, a, t1+t2
		}
		h[0] += a
		h[1] += b
		h[2] += c
		h[3] += dd
		h[4] += e
		h[5] += f
		h[6] += g
		h[7] += hh
		p = p[BlockSize:]
	}
}
