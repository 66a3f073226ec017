// Package md5 implements the MD5 hash algorithm as defined in RFC 1321.
//
// MD5 is cryptographically broken and should not be used for secure applications.
package md5

import (
	"crypto/internal/mdbuf"
	"hash"
)

// The size of an MD5 checksum in bytes.
const Size = 16

// The blocksize of MD5 in bytes.
const BlockSize = 64

// shifts are the left rotations of each round's four steps.
var shifts = [4][4]uint{{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}}

// sines are floor(abs(sin(i+1)) * 2^32), RFC 1321's table T.
var sines = [64]uint32{
	0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
	0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
	0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
	0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
	0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
	0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
	0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
	0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
}

type digest struct {
	s   [4]uint32
	buf mdbuf.Buffer
}

// New returns a new hash.Hash computing the MD5 checksum.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Reset() {
	d.s = [4]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476}
	d.buf.Reset(BlockSize)
}

func (d *digest) Size() int { return Size }

func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) Write(p []byte) (nn int, err error) {
	d.buf.Write(p, d.blocks)
	return len(p), nil
}

// blocks compresses whole blocks into the state.
func (d *digest) blocks(p []byte) { compress(&d.s, p) }

func (d *digest) Sum(in []byte) []byte {
	final := *d
	sum := final.finish()
	return append(in, sum[:]...)
}

// finish pads with 0x80, zeros and the little-endian bit length; MD5 is little-endian throughout.
func (d *digest) finish() [Size]byte {
	d.buf.Finish(8, false, d.blocks)
	var out [Size]byte
	for i, word := range d.s {
		out[4*i] = byte(word)
		out[4*i+1] = byte(word >> 8)
		out[4*i+2] = byte(word >> 16)
		out[4*i+3] = byte(word >> 24)
	}
	return out
}

// Sum returns the MD5 checksum of the data.
func Sum(data []byte) [Size]byte {
	var d digest
	d.Reset()
	d.Write(data)
	return d.finish()
}

func compress(s *[4]uint32, p []byte) {
	var x [16]uint32
	for len(p) >= BlockSize {
		for i := range x {
			j := 4 * i
			x[i] = uint32(p[j]) | uint32(p[j+1])<<8 | uint32(p[j+2])<<16 | uint32(p[j+3])<<24
		}
		a, b, c, d := s[0], s[1], s[2], s[3]
		for i := 0; i < 64; i++ {
			var f uint32
			var k int
			switch i / 16 {
			case 0:
				f, k = b&c|^b&d, i
			case 1:
				f, k = b&d|c&^d, (5*i+1)%16
			case 2:
				f, k = b^c^d, (3*i+5)%16
			default:
				f, k = c^(b|^d), (7*i)%16
			}
			sum := a + f + sines[i] + x[k]
			r := shifts[i/16][i%4]
			a, d, c, b = d, c, b, b+(sum<<r|sum>>(32-r))
		}
		s[0] += a
		s[1] += b
		s[2] += c
		s[3] += d
		p = p[BlockSize:]
	}
}
