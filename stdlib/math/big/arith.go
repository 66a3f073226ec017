// Package big implements arbitrary-precision integers (Int) and rational numbers (Rat).
//
// Numbers are kept as a sign and a magnitude, a nat: a slice of machine words, least
// significant first, without leading zero words (zero is the empty slice). Operations are
// methods on the result, z.Add(x, y) setting z to x+y and returning z, so that a loop can reuse
// its numbers' memory; the operands may be z itself.
//
// The inner loops work a word vector at a time (this file). They use math/bits's Mul64, Add64,
// Sub64 and Div64, which minigo compiles to single instructions, so the loops here are what gc's
// assembly loops are.
package big

import "math/bits"

// A Word represents a single digit of a multi-precision unsigned integer.
type Word uint

const (
	wordBits = bits.UintSize
	wordMax  = ^Word(0)
)

// MaxBase is the largest number base accepted for string conversions.
const MaxBase = 10 + ('z' - 'a' + 1) + ('Z' - 'A' + 1)

// mulWW returns the double word product x*y as (hi, lo).
func mulWW(x, y Word) (hi, lo Word) {
	h, l := bits.Mul64(uint64(x), uint64(y))
	return Word(h), Word(l)
}

// addVV sets z = x + y for vectors of the same length and returns the carry out.
func addVV(z, x, y []Word) (c Word) {
	for i := 0; i < len(z) && i < len(x) && i < len(y); i++ {
		s, carry := bits.Add64(uint64(x[i]), uint64(y[i]), uint64(c))
		z[i] = Word(s)
		c = Word(carry)
	}
	return c
}

// subVV sets z = x - y for vectors of the same length and returns the borrow out.
func subVV(z, x, y []Word) (c Word) {
	for i := 0; i < len(z) && i < len(x) && i < len(y); i++ {
		d, borrow := bits.Sub64(uint64(x[i]), uint64(y[i]), uint64(c))
		z[i] = Word(d)
		c = Word(borrow)
	}
	return c
}

// addVW sets z = x + y for a vector x and a word y and returns the carry out.
func addVW(z, x []Word, y Word) (c Word) {
	c = y
	for i := 0; i < len(z) && i < len(x); i++ {
		if c == 0 {
			copy(z[i:], x[i:])
			return 0
		}
		s, carry := bits.Add64(uint64(x[i]), uint64(c), 0)
		z[i] = Word(s)
		c = Word(carry)
	}
	return c
}

// subVW sets z = x - y for a vector x and a word y and returns the borrow out.
func subVW(z, x []Word, y Word) (c Word) {
	c = y
	for i := 0; i < len(z) && i < len(x); i++ {
		if c == 0 {
			copy(z[i:], x[i:])
			return 0
		}
		d, borrow := bits.Sub64(uint64(x[i]), uint64(c), 0)
		z[i] = Word(d)
		c = Word(borrow)
	}
	return c
}

// shlVU sets z = x << s (0 <= s < wordBits) and returns the bits shifted out at the top.
func shlVU(z, x []Word, s uint) (c Word) {
	if s == 0 {
		copy(z, x)
		return 0
	}
	if len(z) == 0 {
		return 0
	}
	back := wordBits - s
	c = x[len(z)-1] >> back
	for i := len(z) - 1; i > 0; i-- {
		z[i] = x[i]<<s | x[i-1]>>back
	}
	z[0] = x[0] << s
	return c
}

// shrVU sets z = x >> s (0 <= s < wordBits) and returns the bits shifted out at the bottom,
// in the top of the result word.
func shrVU(z, x []Word, s uint) (c Word) {
	if s == 0 {
		copy(z, x)
		return 0
	}
	if len(z) == 0 {
		return 0
	}
	back := wordBits - s
	c = x[0] << back
	for i := 0; i < len(z)-1; i++ {
		z[i] = x[i]>>s | x[i+1]<<back
	}
	z[len(z)-1] = x[len(z)-1] >> s
	return c
}

// mulAddVWW sets z = x*y + r and returns the carry word.
func mulAddVWW(z, x []Word, y, r Word) (c Word) {
	c = r
	for i := 0; i < len(z) && i < len(x); i++ {
		hi, lo := bits.Mul64(uint64(x[i]), uint64(y))
		lo, carry := bits.Add64(lo, uint64(c), 0)
		z[i] = Word(lo)
		c = Word(hi + carry)
	}
	return c
}

// addMulVVW sets z += x*y and returns the carry word.
func addMulVVW(z, x []Word, y Word) (c Word) {
	for i := 0; i < len(z) && i < len(x); i++ {
		hi, lo := bits.Mul64(uint64(x[i]), uint64(y))
		lo, carry := bits.Add64(lo, uint64(z[i]), 0)
		hi += carry
		lo, carry = bits.Add64(lo, uint64(c), 0)
		z[i] = Word(lo)
		c = Word(hi + carry)
	}
	return c
}

// divWW divides (hi, lo) by y > hi and returns the quotient and remainder.
func divWW(hi, lo, y Word) (q, r Word) {
	quo, rem := bits.Div64(uint64(hi), uint64(lo), uint64(y))
	return Word(quo), Word(rem)
}

// divWVW sets z = (xn, x) / y, where xn < y, and returns the remainder.
func divWVW(z []Word, xn Word, x []Word, y Word) (r Word) {
	r = xn
	for i := len(z) - 1; i >= 0; i-- {
		z[i], r = divWW(r, x[i], y)
	}
	return r
}

// nlz is the number of leading zero bits of x.
func nlz(x Word) uint { return uint(bits.LeadingZeros(uint(x))) }
