// hash/crc32, crc64, adler32, fnv and crypto/md5, sha1, sha256, sha512, subtle: known-answer
// vectors (FIPS 180 and RFC examples), every API entry, streaming in odd pieces against one-shot
// sums, Sum appending without changing state, Reset, sizes, and subtle's panic.
package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/subtle"
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/crc64"
	"hash/fnv"
)

var inputs = []string{
	"",
	"a",
	"abc",
	"message digest",
	"abcdefghijklmnopqrstuvwxyz",
	"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
	"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
	"The quick brown fox jumps over the lazy dog",
	"12345678901234567890123456789012345678901234567890123456789012345678901234567890",
}

// lengths around the block and padding boundaries
var lengths = []int{55, 56, 57, 63, 64, 65, 111, 112, 113, 127, 128, 129, 1000, 5552, 5553, 20000}

func data(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*7 + i>>5)
	}
	return b
}

func hashes() []func() hash.Hash {
	return []func() hash.Hash{
		md5.New, sha1.New, sha256.New, sha256.New224,
		sha512.New, sha512.New384, sha512.New512_224, sha512.New512_256,
		func() hash.Hash { return crc32.NewIEEE() },
		func() hash.Hash { return crc32.New(crc32.MakeTable(crc32.Castagnoli)) },
		func() hash.Hash { return crc32.New(crc32.MakeTable(crc32.Koopman)) },
		func() hash.Hash { return crc32.New(crc32.MakeTable(0x04c11db7)) },
		func() hash.Hash { return crc64.New(crc64.MakeTable(crc64.ISO)) },
		func() hash.Hash { return crc64.New(crc64.MakeTable(crc64.ECMA)) },
		func() hash.Hash { return adler32.New() },
		func() hash.Hash { return fnv.New32() },
		func() hash.Hash { return fnv.New32a() },
		func() hash.Hash { return fnv.New64() },
		func() hash.Hash { return fnv.New64a() },
		fnv.New128, fnv.New128a,
	}
}

func oneShots(s []byte) {
	fmt.Printf("  md5 %x\n", md5.Sum(s))
	fmt.Printf("  sha1 %x\n", sha1.Sum(s))
	fmt.Printf("  sha224 %x\n", sha256.Sum224(s))
	fmt.Printf("  sha256 %x\n", sha256.Sum256(s))
	fmt.Printf("  sha384 %x\n", sha512.Sum384(s))
	fmt.Printf("  sha512 %x\n", sha512.Sum512(s))
	fmt.Printf("  sha512/224 %x\n", sha512.Sum512_224(s))
	fmt.Printf("  sha512/256 %x\n", sha512.Sum512_256(s))
	fmt.Printf("  crc32 %08x %08x %08x\n", crc32.ChecksumIEEE(s),
		crc32.Checksum(s, crc32.MakeTable(crc32.Castagnoli)), crc32.Checksum(s, crc32.MakeTable(crc32.Koopman)))
	fmt.Printf("  crc64 %016x %016x\n", crc64.Checksum(s, crc64.MakeTable(crc64.ISO)),
		crc64.Checksum(s, crc64.MakeTable(crc64.ECMA)))
	fmt.Printf("  adler32 %08x\n", adler32.Checksum(s))
}

func streamed() {
	for _, n := range lengths {
		msg := data(n)
		var line []string
		for _, mk := range hashes() {
			whole := mk()
			whole.Write(msg)
			want := whole.Sum(nil)
			// Odd pieces, with Sum in the middle, must give the same digest.
			h := mk()
			for i, step := 0, 1; i < len(msg); i, step = i+step, step*3%17+1 {
				end := i + step
				if end > len(msg) {
					end = len(msg)
				}
				h.Write(msg[i:end])
				if i%5 == 0 {
					h.Sum([]byte("junk"))
				}
			}
			got := h.Sum([]byte{0xee})
			if string(got[1:]) != string(want) || got[0] != 0xee {
				line = append(line, fmt.Sprintf("MISMATCH %x %x", got, want))
			}
			line = append(line, fmt.Sprintf("%x", want[:4]))
		}
		fmt.Println(n, line)
	}
}

func properties() {
	for _, mk := range hashes() {
		h := mk()
		h.Write([]byte("something"))
		first := h.Sum(nil)
		h.Reset()
		empty := h.Sum(nil)
		h.Write([]byte("something"))
		again := h.Sum(nil)
		fmt.Printf("size %d block %d len %d reset-same %v empty %x\n", h.Size(), h.BlockSize(),
			len(first), string(first) == string(again), empty)
	}
	var h32 hash.Hash32 = fnv.New32a()
	h32.Write([]byte("hello"))
	var h64 hash.Hash64 = crc64.New(crc64.MakeTable(crc64.ECMA))
	h64.Write([]byte("hello"))
	fmt.Println("Sum32", h32.Sum32(), "Sum64", h64.Sum64())
	c := crc32.NewIEEE()
	c.Write([]byte("hello "))
	c.Write([]byte("world"))
	fmt.Println("crc32 streamed", c.Sum32(), crc32.ChecksumIEEE([]byte("hello world")),
		crc32.Update(crc32.ChecksumIEEE([]byte("hello ")), crc32.IEEETable, []byte("world")))
	fmt.Println("IEEETable shared", crc32.MakeTable(crc32.IEEE) == crc32.IEEETable, crc32.IEEETable[1], crc32.IEEETable[255])
	fmt.Println("crc64 update", crc64.Update(0, crc64.MakeTable(crc64.ISO), []byte("abc")))
	fmt.Println("constants", crc32.Size, crc64.Size, adler32.Size, md5.Size, md5.BlockSize, sha1.Size,
		sha1.BlockSize, sha256.Size, sha256.Size224, sha256.BlockSize, sha512.Size, sha512.Size224,
		sha512.Size256, sha512.Size384, sha512.BlockSize)
	big := data(1 << 20)
	fmt.Printf("1MiB sha256 %x\n", sha256.Sum256(big))
	fmt.Printf("1MiB md5 %x sha1 %x\n", md5.Sum(big), sha1.Sum(big))
	fmt.Printf("1MiB adler32 %08x crc32 %08x\n", adler32.Checksum(big), crc32.ChecksumIEEE(big))
	million := make([]byte, 1000000)
	for i := range million {
		million[i] = 'a'
	}
	fmt.Printf("million a: sha256 %x\n", sha256.Sum256(million))
}

func subtleFuncs() {
	fmt.Println("Compare", subtle.ConstantTimeCompare([]byte("abc"), []byte("abc")),
		subtle.ConstantTimeCompare([]byte("abc"), []byte("abd")),
		subtle.ConstantTimeCompare([]byte("abc"), []byte("ab")),
		subtle.ConstantTimeCompare(nil, []byte{}))
	fmt.Println("Select", subtle.ConstantTimeSelect(1, 4, 9), subtle.ConstantTimeSelect(0, 4, 9))
	fmt.Println("ByteEq", subtle.ConstantTimeByteEq(3, 3), subtle.ConstantTimeByteEq(3, 200), subtle.ConstantTimeByteEq(0, 255))
	fmt.Println("Eq", subtle.ConstantTimeEq(-1, -1), subtle.ConstantTimeEq(1<<31-1, -1<<31), subtle.ConstantTimeEq(0, 0))
	for _, p := range [][2]int{{0, 0}, {1, 2}, {2, 1}, {5, 5}, {0, 1<<31 - 1}, {1<<31 - 1, 0}} {
		fmt.Print(" LessOrEq", p, subtle.ConstantTimeLessOrEq(p[0], p[1]))
	}
	fmt.Println()
	x := []byte("aaaa")
	subtle.ConstantTimeCopy(0, x, []byte("bbbb"))
	fmt.Println(string(x))
	subtle.ConstantTimeCopy(1, x, []byte("bbbb"))
	fmt.Println(string(x))
	defer func() { fmt.Println("Copy panics:", recover()) }()
	subtle.ConstantTimeCopy(1, x, []byte("b"))
}

func main() {
	for _, s := range inputs {
		fmt.Printf("%q\n", s)
		oneShots([]byte(s))
	}
	streamed()
	properties()
	subtleFuncs()
}
