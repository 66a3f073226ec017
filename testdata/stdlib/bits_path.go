// math/bits over edge values and a sweep, with Div's panics; path's Clean/Join/Split/Base/Dir/
// Ext/IsAbs/Match including malformed patterns.
package main

import (
	"fmt"
	"math/bits"
	"path"
)

var values = []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0x8000, 0xffff, 0x10000, 0x80000000, 0xffffffff,
	0x100000000, 0x8000000000000000, 0xffffffffffffffff, 0x0123456789abcdef, 0xfedcba9876543210, 0x5555, 12345678901234}

func main() {
	fmt.Println(bits.UintSize)
	for _, v := range values {
		fmt.Println(v, bits.LeadingZeros(uint(v)), bits.LeadingZeros8(uint8(v)), bits.LeadingZeros16(uint16(v)),
			bits.LeadingZeros32(uint32(v)), bits.LeadingZeros64(v), bits.TrailingZeros(uint(v)),
			bits.TrailingZeros8(uint8(v)), bits.TrailingZeros16(uint16(v)), bits.TrailingZeros32(uint32(v)),
			bits.TrailingZeros64(v), bits.OnesCount(uint(v)), bits.OnesCount8(uint8(v)),
			bits.OnesCount16(uint16(v)), bits.OnesCount32(uint32(v)), bits.OnesCount64(v),
			bits.Len(uint(v)), bits.Len8(uint8(v)), bits.Len16(uint16(v)), bits.Len32(uint32(v)), bits.Len64(v))
		fmt.Println(" ", bits.RotateLeft(uint(v), 3), bits.RotateLeft8(uint8(v), -3), bits.RotateLeft16(uint16(v), 17),
			bits.RotateLeft32(uint32(v), -33), bits.RotateLeft64(v, 70), bits.Reverse(uint(v)), bits.Reverse8(uint8(v)),
			bits.Reverse16(uint16(v)), bits.Reverse32(uint32(v)), bits.Reverse64(v), bits.ReverseBytes(uint(v)),
			bits.ReverseBytes16(uint16(v)), bits.ReverseBytes32(uint32(v)), bits.ReverseBytes64(v))
		for _, w := range values {
			s, c := bits.Add64(v, w, w&1)
			d, b := bits.Sub64(v, w, v&1)
			hi, lo := bits.Mul64(v, w)
			s32, c32 := bits.Add32(uint32(v), uint32(w), 1)
			d32, b32 := bits.Sub32(uint32(v), uint32(w), 1)
			h32, l32 := bits.Mul32(uint32(v), uint32(w))
			fmt.Print(" ", s, c, d, b, hi, lo, s32, c32, d32, b32, h32, l32)
			if w > hi {
				q, r := bits.Div64(hi, lo, w)
				fmt.Print(" div ", q, r, bits.Rem64(hi, lo, w))
			}
			if w != 0 {
				fmt.Print(" rem ", bits.Rem64(v, w, w), bits.Rem32(uint32(v), uint32(w), uint32(w)|1))
			}
			if uint32(w) > uint32(v) {
				q, r := bits.Div32(uint32(v), uint32(w>>3), uint32(w))
				fmt.Print(" div32 ", q, r)
			}
		}
		fmt.Println()
		a, ac := bits.Add(uint(v), 1, 1)
		sb, sc := bits.Sub(uint(v), 1, 1)
		mh, ml := bits.Mul(uint(v), uint(v))
		fmt.Println(" ", a, ac, sb, sc, mh, ml)
	}
	var sum uint64
	x := uint64(0x9E3779B97F4A7C15)
	for i := 0; i < 100000; i++ {
		x ^= x << 7
		x ^= x >> 9
		y := x*0x2545F4914F6CDD1D | 1
		hi, lo := bits.Mul64(x, y)
		q, r := bits.Div64(hi%y, lo, y)
		sum += uint64(bits.Len64(x)+bits.OnesCount64(x)+bits.TrailingZeros64(x)) + bits.Reverse64(x) + q + r + hi
	}
	fmt.Println("sweep", sum)
	for _, c := range [][3]uint64{{1, 0, 0}, {5, 0, 5}, {5, 0, 4}, {0, 7, 0}} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			fmt.Println(bits.Div64(c[0], c[1], c[2]))
		}()
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			fmt.Println(bits.Div32(uint32(c[0]), uint32(c[1]), uint32(c[2])))
		}()
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			fmt.Println(bits.Rem64(c[0], c[1], c[2]), bits.Rem32(uint32(c[0]), uint32(c[1]), uint32(c[2])))
		}()
		func() {
			defer func() {
				r := recover()
				_, isRuntime := r.(interface{ RuntimeError() })
				fmt.Println("recovered:", r, isRuntime)
			}()
			fmt.Println(bits.Div(uint(c[0]), uint(c[1]), uint(c[2])))
		}()
	}
	paths()
}

func paths() {
	for _, p := range []string{"", ".", "..", "/", "//", "a", "a/", "/a/b/../c", "a/./b/", "../../a",
		"a/../..", "/../a", "///a//b///", "a/b/c/../../..", "abc/def/../../../ghi", "/.", "./", "a/..",
		".../a", "a/.../b", "x/y.tar.gz", "/dir.d/", ".hidden", "a//b/./c/.."} {
		dir, file := path.Split(p)
		fmt.Printf("%q: clean %q split %q %q base %q dir %q ext %q abs %v\n", p, path.Clean(p), dir, file,
			path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p))
	}
	fmt.Printf("%q %q %q %q %q %q\n", path.Join(), path.Join("", ""), path.Join("a", "b"), path.Join("a", "", "b/"),
		path.Join("/", "..", "x"), path.Join("", "/a"))
	for _, c := range [][2]string{{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*", "abc"},
		{"a*", "ab/c"}, {"a*/b", "abc/b"}, {"a*b*c*d*e*/f", "axbxcxdxe/f"}, {"a*b*c*d*e*/f", "axbxcxdxexxx/f"},
		{"a*b?c*x", "abxbbxdbxebxczzx"}, {"a*b?c*x", "abxbbxdbxebxczzy"}, {"ab[c]", "abc"}, {"ab[b-d]", "abc"},
		{"ab[e-g]", "abc"}, {"ab[^c]", "abc"}, {"ab[^b-d]", "abc"}, {"ab[^e-g]", "abc"}, {"a\\*b", "a*b"},
		{"a\\*b", "ab"}, {"a?b", "a☺b"}, {"a[^a]b", "a☺b"}, {"a???b", "a☺b"}, {"a[^a][^a][^a]b", "a☺b"},
		{"[a-ζ]*", "α"}, {"*[a-ζ]", "A"}, {"a?b", "a/b"}, {"a*b", "a/b"}, {"[\\]a]", "]"}, {"[\\-]", "-"},
		{"[x\\-]", "x"}, {"[x\\-]", "-"}, {"[x\\-]", "z"}, {"[\\-x]", "x"}, {"[\\-x]", "-"}, {"[\\-x]", "a"},
		{"[]a]", "]"}, {"[-]", "-"}, {"[x-]", "x"}, {"[x-]", "-"}, {"[x-]", "z"}, {"[-x]", "x"}, {"[-x]", "-"},
		{"[-x]", "a"}, {"\\", "a"}, {"[a-b-c]", "a"}, {"[", "a"}, {"[^", "a"}, {"[^bc", "a"}, {"a[", "a"},
		{"a[", "ab"}, {"a[", "x"}, {"a/b[", "x"}, {"*x", "xxx"}, {"[\xff]", "a"}, {"a*[", "ab"}, {"", ""},
		{"", "a"}, {"*", ""}, {"**", "a/b"}, {"a/*", "a/b/c"}} {
		ok, err := path.Match(c[0], c[1])
		fmt.Printf("%q %q: %v %v %v\n", c[0], c[1], ok, err, err == path.ErrBadPattern)
	}
}
