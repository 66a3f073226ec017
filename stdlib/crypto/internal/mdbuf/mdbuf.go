// Package mdbuf holds what the Merkle–Damgård hashes (MD5, SHA-1, SHA-2) share: collecting
// their input into whole blocks for the compression function, and the final padding (a 0x80
// byte, zeros, then the message length in bits in the last 8 bytes of a block).
//
// A Buffer is a plain value (an array, no slices) so that copying a digest copies its state:
// the hashes' Sum works on a copy.
package mdbuf

// Buffer collects input for a hash of block size Size (64 or 128 bytes).
type Buffer struct {
	block  [128]byte
	size   int
	used   int    // bytes of block in use
	length uint64 // bytes written in all
}

// Reset empties the buffer and sets the block size.
func (b *Buffer) Reset(size int) {
	b.size = size
	b.used = 0
	b.length = 0
}

// Write adds p, handing every complete run of whole blocks to compress.
func (b *Buffer) Write(p []byte, compress func(blocks []byte)) {
	b.length += uint64(len(p))
	if b.used > 0 {
		n := copy(b.block[b.used:b.size], p)
		b.used += n
		p = p[n:]
		if b.used < b.size {
			return
		}
		compress(b.block[:b.size])
		b.used = 0
	}
	if whole := len(p) - len(p)%b.size; whole > 0 {
		compress(p[:whole])
		p = p[whole:]
	}
	b.used = copy(b.block[:], p)
}

// Finish writes the padding and the bit length, in lengthBytes bytes (8, or 16 for SHA-512,
// whose upper half is zero here), big- or little-endian.
func (b *Buffer) Finish(lengthBytes int, bigEndian bool, compress func(blocks []byte)) {
	bits := b.length << 3
	var pad [128 + 16]byte
	pad[0] = 0x80
	// Zeros up to lengthBytes before the end of a block, at least one byte (the 0x80).
	padLen := (b.size - lengthBytes - int(b.length%uint64(b.size)) + b.size) % b.size
	if padLen == 0 {
		padLen = b.size
	}
	for i := 0; i < 8; i++ {
		if bigEndian {
			pad[padLen+lengthBytes-1-i] = byte(bits >> (8 * i))
		} else {
			pad[padLen+i] = byte(bits >> (8 * i))
		}
	}
	b.Write(pad[:padLen+lengthBytes], compress)
}
