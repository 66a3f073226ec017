package big

import (
	"fmt"
	"io"
	"math/rand"
	"strings"
)

// An Int represents a signed multi-precision integer. The zero value for an Int represents the
// value 0.
//
// Operations always take pointer arguments (*Int) rather than Int values, and each unique Int
// value requires its own unique *Int pointer. To "copy" an Int value, an existing (or newly
// allocated) Int must be set to a new value using the Int.Set method; shallow copies of Ints are
// not supported and may lead to errors.
type Int struct {
	neg bool // sign
	abs nat  // absolute value of the integer
}

var intOne = &Int{false, natOne}

// Sign returns -1 if x < 0, 0 if x == 0, +1 if x > 0.
func (x *Int) Sign() int {
	if len(x.abs) == 0 {
		return 0
	}
	if x.neg {
		return -1
	}
	return 1
}

// SetInt64 sets z to x and returns z.
func (z *Int) SetInt64(x int64) *Int {
	neg := false
	if x < 0 {
		neg = true
		x = -x
	}
	z.abs = z.abs.setUint64(uint64(x))
	z.neg = neg
	return z
}

// SetUint64 sets z to x and returns z.
func (z *Int) SetUint64(x uint64) *Int {
	z.abs = z.abs.setUint64(x)
	z.neg = false
	return z
}

// NewInt allocates and returns a new Int set to x.
func NewInt(x int64) *Int {
	return new(Int).SetInt64(x)
}

// Set sets z to x and returns z.
func (z *Int) Set(x *Int) *Int {
	if z != x {
		z.abs = z.abs.set(x.abs)
		z.neg = x.neg
	}
	return z
}

// Bits provides raw (unchecked but fast) access to x by returning its absolute value as a
// little-endian Word slice. The result and x share the same underlying array.
func (x *Int) Bits() []Word {
	return x.abs
}

// SetBits provides raw (unchecked but fast) access to z by setting its value to abs, interpreted
// as a little-endian Word slice, and returning z.
func (z *Int) SetBits(abs []Word) *Int {
	z.abs = nat(abs).norm()
	z.neg = false
	return z
}

// Abs sets z to |x| (the absolute value of x) and returns z.
func (z *Int) Abs(x *Int) *Int {
	z.Set(x)
	z.neg = false
	return z
}

// Neg sets z to -x and returns z.
func (z *Int) Neg(x *Int) *Int {
	z.Set(x)
	z.neg = len(z.abs) > 0 && !z.neg
	return z
}

// Add sets z to the sum x+y and returns z.
func (z *Int) Add(x, y *Int) *Int {
	return z.addSigned(x, y, y.neg)
}

// Sub sets z to the difference x-y and returns z.
func (z *Int) Sub(x, y *Int) *Int {
	return z.addSigned(x, y, !y.neg)
}

// addSigned sets z = x + (±|y|), the sign of the second term being yNeg.
func (z *Int) addSigned(x, y *Int, yNeg bool) *Int {
	neg := x.neg
	if x.neg == yNeg {
		z.abs = z.abs.add(x.abs, y.abs)
	} else if x.abs.cmp(y.abs) >= 0 {
		z.abs = z.abs.sub(x.abs, y.abs)
	} else {
		neg = !neg
		z.abs = z.abs.sub(y.abs, x.abs)
	}
	z.neg = len(z.abs) > 0 && neg
	return z
}

// Mul sets z to the product x*y and returns z.
func (z *Int) Mul(x, y *Int) *Int {
	if x == y {
		z.abs = z.abs.sqr(x.abs)
		z.neg = false
		return z
	}
	z.abs = z.abs.mul(x.abs, y.abs)
	z.neg = len(z.abs) > 0 && x.neg != y.neg
	return z
}

// MulRange sets z to the product of all integers in the range [a, b] inclusively and returns z.
// If a > b (empty range), the result is 1.
func (z *Int) MulRange(a, b int64) *Int {
	switch {
	case a > b:
		return z.SetInt64(1)
	case a <= 0 && b >= 0:
		return z.SetInt64(0)
	}
	neg := false
	if a < 0 {
		neg = (b-a)&1 == 0
		a, b = -b, -a
	}
	z.abs = z.abs.mulRange(uint64(a), uint64(b))
	z.neg = neg
	return z
}

// Binomial sets z to the binomial coefficient of (n, k) and returns z.
func (z *Int) Binomial(n, k int64) *Int {
	if n/2 < k && k <= n {
		k = n - k
	}
	var top, bottom Int
	top.MulRange(n-k+1, n)
	bottom.MulRange(1, k)
	return z.Quo(&top, &bottom)
}

// Quo sets z to the quotient x/y for y != 0 and returns z. If y == 0, a division-by-zero
// run-time panic occurs. Quo implements truncated division (like Go); see QuoRem for more
// details.
func (z *Int) Quo(x, y *Int) *Int {
	z.abs, _ = z.abs.div(nil, x.abs, y.abs)
	z.neg = len(z.abs) > 0 && x.neg != y.neg
	return z
}

// Rem sets z to the remainder x%y for y != 0 and returns z. If y == 0, a division-by-zero
// run-time panic occurs. Rem implements truncated modulus (like Go); see QuoRem for more details.
func (z *Int) Rem(x, y *Int) *Int {
	_, z.abs = nat(nil).div(z.abs, x.abs, y.abs)
	z.neg = len(z.abs) > 0 && x.neg
	return z
}

// QuoRem sets z to the quotient x/y and r to the remainder x%y and returns the pair (z, r) for
// y != 0. If y == 0, a division-by-zero run-time panic occurs.
//
// QuoRem implements T-division and modulus (like Go):
//
//	q = x/y      with the result truncated to zero
//	r = x - y*q
func (z *Int) QuoRem(x, y, r *Int) (*Int, *Int) {
	xNeg, yNeg := x.neg, y.neg
	z.abs, r.abs = z.abs.div(r.abs, x.abs, y.abs)
	z.neg, r.neg = len(z.abs) > 0 && xNeg != yNeg, len(r.abs) > 0 && xNeg
	return z, r
}

// Div sets z to the quotient x/y for y != 0 and returns z. If y == 0, a division-by-zero
// run-time panic occurs. Div implements Euclidean division (unlike Go); see DivMod for more
// details.
func (z *Int) Div(x, y *Int) *Int {
	yNeg := y.neg
	var r Int
	z.QuoRem(x, y, &r)
	if r.neg {
		if yNeg {
			z.Add(z, intOne)
		} else {
			z.Sub(z, intOne)
		}
	}
	return z
}

// Mod sets z to the modulus x%y for y != 0 and returns z. If y == 0, a division-by-zero run-time
// panic occurs. Mod implements Euclidean modulus (unlike Go); see DivMod for more details.
func (z *Int) Mod(x, y *Int) *Int {
	divisor := y
	if z == y || alias(z.abs, y.abs) {
		divisor = new(Int).Set(y)
	}
	var q Int
	q.QuoRem(x, y, z)
	if z.neg {
		if divisor.neg {
			z.Sub(z, divisor)
		} else {
			z.Add(z, divisor)
		}
	}
	return z
}

// DivMod sets z to the quotient x div y and m to the modulus x mod y and returns the pair (z, m)
// for y != 0. If y == 0, a division-by-zero run-time panic occurs.
//
// DivMod implements Euclidean division and modulus (unlike Go):
//
//	q = x div y  such that
//	m = x - y*q  with 0 <= m < |y|
func (z *Int) DivMod(x, y, m *Int) (*Int, *Int) {
	divisor := y
	if z == y || alias(z.abs, y.abs) {
		divisor = new(Int).Set(y)
	}
	z.QuoRem(x, y, m)
	if m.neg {
		if divisor.neg {
			z.Add(z, intOne)
			m.Sub(m, divisor)
		} else {
			z.Sub(z, intOne)
			m.Add(m, divisor)
		}
	}
	return z, m
}

// Cmp compares x and y and returns -1 if x < y, 0 if x == y, +1 if x > y.
func (x *Int) Cmp(y *Int) (r int) {
	switch {
	case x == y:
		return 0
	case x.neg == y.neg:
		r = x.abs.cmp(y.abs)
		if x.neg {
			r = -r
		}
	case x.neg:
		r = -1
	default:
		r = 1
	}
	return r
}

// CmpAbs compares the absolute values of x and y and returns -1 if |x| < |y|, 0 if |x| == |y|,
// +1 if |x| > |y|.
func (x *Int) CmpAbs(y *Int) int {
	return x.abs.cmp(y.abs)
}

// low64 is the least significant 64 bits of x.
func low64(x nat) uint64 {
	if len(x) == 0 {
		return 0
	}
	return uint64(x[0])
}

// Int64 returns the int64 representation of x. If x cannot be represented in an int64, the result
// is undefined.
func (x *Int) Int64() int64 {
	v := int64(low64(x.abs))
	if x.neg {
		v = -v
	}
	return v
}

// Uint64 returns the uint64 representation of x. If x cannot be represented in a uint64, the
// result is undefined.
func (x *Int) Uint64() uint64 {
	return low64(x.abs)
}

// IsInt64 reports whether x can be represented as an int64.
func (x *Int) IsInt64() bool {
	if len(x.abs) <= 1 {
		w := int64(low64(x.abs))
		return w >= 0 || x.neg && w == -w
	}
	return false
}

// IsUint64 reports whether x can be represented as a uint64.
func (x *Int) IsUint64() bool {
	return !x.neg && len(x.abs) <= 1
}

// SetString sets z to the value of s, interpreted in the given base, and returns z and a boolean
// indicating success. The entire string (not just a prefix) must be valid for success. If
// SetString fails, the value of z is undefined but the returned value is nil.
//
// The base argument must be 0 or a value between 2 and MaxBase. For base 0, the number prefix
// determines the actual base: A prefix of "0b" or "0B" selects base 2, "0", "0o" or "0O" selects
// base 8, and "0x" or "0X" selects base 16. Otherwise, the selected base is 10 and no prefix is
// accepted. For bases <= 36, lower and upper case letters are considered the same. For base 0,
// an underscore character "_" may appear between a base prefix and an adjacent digit, and between
// successive digits.
func (z *Int) SetString(s string, base int) (*Int, bool) {
	return z.setFromScanner(strings.NewReader(s), base)
}

func (z *Int) setFromScanner(r io.ByteScanner, base int) (*Int, bool) {
	if _, _, err := z.scan(r, base); err != nil {
		return nil, false
	}
	if _, err := r.ReadByte(); err != io.EOF {
		return nil, false
	}
	return z, true
}

// scan reads an optional sign and an unsigned number in the given base.
func (z *Int) scan(r io.ByteScanner, base int) (*Int, int, error) {
	if base != 0 && (base < 2 || base > MaxBase) {
		panic(fmt.Sprintf("invalid number base %d", base))
	}
	neg := false
	c, err := r.ReadByte()
	if err != nil {
		return nil, 0, err
	}
	switch c {
	case '-':
		neg = true
	case '+':
	default:
		r.UnreadByte()
	}
	z.abs, base, err = z.abs.scan(r, base)
	if err != nil {
		return nil, base, err
	}
	z.neg = len(z.abs) > 0 && neg
	return z, base, nil
}

// SetBytes interprets buf as the bytes of a big-endian unsigned integer, sets z to that value,
// and returns z.
func (z *Int) SetBytes(buf []byte) *Int {
	z.abs = z.abs.setBytes(buf)
	z.neg = false
	return z
}

// Bytes returns the absolute value of x as a big-endian byte slice.
func (x *Int) Bytes() []byte {
	buf := make([]byte, len(x.abs)*(wordBits/8))
	return buf[x.abs.bytes(buf):]
}

// FillBytes sets buf to the absolute value of x, storing it as a zero-extended big-endian byte
// slice, and returns buf. If the absolute value of x doesn't fit in buf, FillBytes will panic.
func (x *Int) FillBytes(buf []byte) []byte {
	for i := range buf {
		buf[i] = 0
	}
	need := (x.abs.bitLen() + 7) / 8
	if need > len(buf) {
		panic("math/big: buffer too small to fit value")
	}
	full := make([]byte, len(x.abs)*(wordBits/8))
	start := x.abs.bytes(full)
	copy(buf[len(buf)-(len(full)-start):], full[start:])
	return buf
}

// BitLen returns the length of the absolute value of x in bits. The bit length of 0 is 0.
func (x *Int) BitLen() int {
	return x.abs.bitLen()
}

// TrailingZeroBits returns the number of consecutive least significant zero bits of |x|.
func (x *Int) TrailingZeroBits() uint {
	return x.abs.trailingZeroBits()
}

// Exp sets z = x**y mod |m| (i.e. the sign of m is ignored), and returns z. If m == nil or m ==
// 0, z = x**y unless y <= 0 then z = 1. If m != 0, y < 0, and x and m are not relatively prime,
// z is unchanged and nil is returned.
func (z *Int) Exp(x, y, m *Int) *Int {
	base := x.abs
	if y.neg {
		if m == nil || len(m.abs) == 0 {
			return z.SetInt64(1)
		}
		inverse := new(Int).ModInverse(x, m)
		if inverse == nil {
			return nil
		}
		base = inverse.abs
	}
	exponent := y.abs
	var modulus nat
	if m != nil {
		if z == m || alias(z.abs, m.abs) {
			m = new(Int).Set(m)
		}
		modulus = m.abs
	}
	z.abs = z.abs.expNN(base, exponent, modulus)
	z.neg = len(z.abs) > 0 && x.neg && len(exponent) > 0 && exponent[0]&1 == 1
	if z.neg && len(modulus) > 0 {
		z.abs = z.abs.sub(modulus, z.abs)
		z.neg = false
	}
	return z
}

// GCD sets z to the greatest common divisor of a and b and returns z. If x or y are not nil, GCD
// sets their value such that z = a*x + b*y.
//
// a and b may be positive, zero or negative. Regardless of the signs of a and b, z is always >=
// 0. If a == b == 0, GCD sets z = x = y = 0. If a == 0 and b != 0, GCD sets z = |b|, x = 0, y =
// sign(b) * 1. If a != 0 and b == 0, GCD sets z = |a|, x = sign(a) * 1, y = 0.
func (z *Int) GCD(x, y, a, b *Int) *Int {
	if len(a.abs) == 0 || len(b.abs) == 0 {
		lenA, lenB, negA, negB := len(a.abs), len(b.abs), a.neg, b.neg
		if lenA == 0 {
			z.Set(b)
		} else {
			z.Set(a)
		}
		z.neg = false
		if x != nil {
			if lenA == 0 {
				x.SetUint64(0)
			} else {
				x.SetUint64(1)
				x.neg = negA
			}
		}
		if y != nil {
			if lenB == 0 {
				y.SetUint64(0)
			} else {
				y.SetUint64(1)
				y.neg = negB
			}
		}
		return z
	}
	return z.euclid(x, y, a, b)
}

// euclid is GCD for a, b != 0: Euclid's algorithm on |a| and |b|, tracking how many times |a|
// went into each remainder (the cofactor of a); b's cofactor then follows from z = a*x + b*y.
func (z *Int) euclid(x, y, a, b *Int) *Int {
	r0, r1 := new(Int).Abs(a), new(Int).Abs(b)
	s0, s1 := NewInt(1), new(Int)
	q, t := new(Int), new(Int)
	for len(r1.abs) > 0 {
		q.QuoRem(r0, r1, r0)
		r0, r1 = r1, r0
		t.Mul(q, s1)
		s0.Sub(s0, t)
		s0, s1 = s1, s0
	}
	negA := a.neg
	if y != nil {
		divisor := b
		if y == b {
			divisor = new(Int).Set(b)
		}
		y.Mul(a, s0)
		if negA {
			y.neg = !y.neg
		}
		y.Sub(r0, y)
		y.Div(y, divisor)
	}
	if x != nil {
		x.Set(s0)
		if negA {
			x.neg = len(x.abs) > 0 && !x.neg
		}
	}
	z.Set(r0)
	return z
}

// ModInverse sets z to the multiplicative inverse of g in the ring ℤ/nℤ and returns z. If g and n
// are not relatively prime, g has no multiplicative inverse in the ring ℤ/nℤ. In this case, z is
// unchanged and the return value is nil. If n == 0, a division-by-zero run-time panic occurs.
func (z *Int) ModInverse(g, n *Int) *Int {
	if n.neg {
		n = new(Int).Neg(n)
	}
	if g.neg {
		g = new(Int).Mod(g, n)
	}
	var d, x Int
	d.GCD(&x, nil, g, n)
	if d.Cmp(intOne) != 0 {
		return nil
	}
	if x.neg {
		z.Add(&x, n)
	} else {
		z.Set(&x)
	}
	return z
}

// Jacobi returns the Jacobi symbol (x/y), either +1, -1, or 0. The y argument must be an odd
// integer.
func Jacobi(x, y *Int) int {
	if len(y.abs) == 0 || y.abs[0]&1 == 0 {
		panic(fmt.Sprintf("big: invalid 2nd argument to Int.Jacobi: need odd integer but got %s", y.String()))
	}
	var a, b, c Int
	a.Set(x)
	b.Set(y)
	j := 1
	if b.neg {
		if a.neg {
			j = -1
		}
		b.neg = false
	}
	for {
		if b.Cmp(intOne) == 0 {
			return j
		}
		if len(a.abs) == 0 {
			return 0
		}
		a.Mod(&a, &b)
		if len(a.abs) == 0 {
			return 0
		}
		// a > 0: take out the factors of 2, each flipping the sign when b = 3 or 5 mod 8.
		s := a.abs.trailingZeroBits()
		if s&1 != 0 {
			if bmod8 := b.abs[0] & 7; bmod8 == 3 || bmod8 == 5 {
				j = -j
			}
		}
		c.Rsh(&a, s)
		// Quadratic reciprocity: swap, flipping the sign when both are 3 mod 4.
		if b.abs[0]&3 == 3 && c.abs[0]&3 == 3 {
			j = -j
		}
		a.Set(&b)
		b.Set(&c)
	}
}

// Lsh sets z = x << n and returns z.
func (z *Int) Lsh(x *Int, n uint) *Int {
	z.abs = z.abs.shl(x.abs, n)
	z.neg = x.neg
	return z
}

// Rsh sets z = x >> n and returns z (rounding towards negative infinity for a negative x, as an
// arithmetic shift of the two's complement would).
func (z *Int) Rsh(x *Int, n uint) *Int {
	if x.neg {
		// (-x) >> s == ^(x-1) >> s == ^((x-1) >> s) == -(((x-1) >> s) + 1)
		t := z.abs.sub(x.abs, natOne)
		t = t.shr(t, n)
		z.abs = t.add(t, natOne)
		z.neg = true
		return z
	}
	z.abs = z.abs.shr(x.abs, n)
	z.neg = false
	return z
}

// Bit returns the value of the i'th bit of x. That is, it returns (x>>i)&1. The bit index i must
// be >= 0.
func (x *Int) Bit(i int) uint {
	if i == 0 {
		if len(x.abs) > 0 {
			return uint(x.abs[0] & 1)
		}
		return 0
	}
	if i < 0 {
		panic("negative bit index")
	}
	if x.neg {
		t := nat(nil).sub(x.abs, natOne)
		return t.bit(uint(i)) ^ 1
	}
	return x.abs.bit(uint(i))
}

// SetBit sets z to x, with x's i'th bit set to b (0 or 1). That is, if b is 1 SetBit sets z = x
// | (1 << i); if b is 0 SetBit sets z = x &^ (1 << i). If b is not 0 or 1, SetBit will panic.
func (z *Int) SetBit(x *Int, i int, b uint) *Int {
	if i < 0 {
		panic("negative bit index")
	}
	if x.neg {
		t := z.abs.sub(x.abs, natOne)
		t = t.setBit(t, uint(i), b^1)
		z.abs = t.add(t, natOne)
		z.neg = len(z.abs) > 0
		return z
	}
	z.abs = z.abs.setBit(x.abs, uint(i), b)
	z.neg = false
	return z
}

// minusOne is |x| - 1 for a negative x: the bits of x's two's complement, inverted.
func minusOne(x *Int) nat { return nat(nil).sub(x.abs, natOne) }

// And sets z = x & y and returns z.
func (z *Int) And(x, y *Int) *Int {
	if x.neg == y.neg {
		if x.neg {
			// (-x) & (-y) == ^(x-1) & ^(y-1) == ^((x-1) | (y-1)) == -(((x-1) | (y-1)) + 1)
			z.abs = z.abs.or(minusOne(x), minusOne(y))
			z.abs = z.abs.add(z.abs, natOne)
			z.neg = true
			return z
		}
		z.abs = z.abs.and(x.abs, y.abs)
		z.neg = false
		return z
	}
	if x.neg {
		x, y = y, x
	}
	// x & (-y) == x & ^(y-1) == x &^ (y-1)
	z.abs = z.abs.andNot(x.abs, minusOne(y))
	z.neg = false
	return z
}

// AndNot sets z = x &^ y and returns z.
func (z *Int) AndNot(x, y *Int) *Int {
	switch {
	case !x.neg && !y.neg:
		z.abs = z.abs.andNot(x.abs, y.abs)
		z.neg = false
	case x.neg && y.neg:
		// (-x) &^ (-y) == ^(x-1) &^ ^(y-1) == ^(x-1) & (y-1) == (y-1) &^ (x-1)
		z.abs = z.abs.andNot(minusOne(y), minusOne(x))
		z.neg = false
	case x.neg:
		// (-x) &^ y == ^(x-1) &^ y == ^(x-1) & ^y == ^((x-1) | y) == -(((x-1) | y) + 1)
		z.abs = z.abs.or(minusOne(x), y.abs)
		z.abs = z.abs.add(z.abs, natOne)
		z.neg = true
	default:
		// x &^ (-y) == x &^ ^(y-1) == x & (y-1)
		z.abs = z.abs.and(x.abs, minusOne(y))
		z.neg = false
	}
	return z
}

// Or sets z = x | y and returns z.
func (z *Int) Or(x, y *Int) *Int {
	if x.neg == y.neg {
		if x.neg {
			// (-x) | (-y) == ^(x-1) | ^(y-1) == ^((x-1) & (y-1)) == -(((x-1) & (y-1)) + 1)
			z.abs = z.abs.and(minusOne(x), minusOne(y))
			z.abs = z.abs.add(z.abs, natOne)
			z.neg = true
			return z
		}
		z.abs = z.abs.or(x.abs, y.abs)
		z.neg = false
		return z
	}
	if x.neg {
		x, y = y, x
	}
	// x | (-y) == x | ^(y-1) == ^((y-1) &^ x) == -(^((y-1) &^ x) + 1)
	z.abs = z.abs.andNot(minusOne(y), x.abs)
	z.abs = z.abs.add(z.abs, natOne)
	z.neg = true
	return z
}

// Xor sets z = x ^ y and returns z.
func (z *Int) Xor(x, y *Int) *Int {
	if x.neg == y.neg {
		if x.neg {
			// (-x) ^ (-y) == ^(x-1) ^ ^(y-1) == (x-1) ^ (y-1)
			z.abs = z.abs.xor(minusOne(x), minusOne(y))
			z.neg = false
			return z
		}
		z.abs = z.abs.xor(x.abs, y.abs)
		z.neg = false
		return z
	}
	if x.neg {
		x, y = y, x
	}
	// x ^ (-y) == x ^ ^(y-1) == ^(x ^ (y-1)) == -((x ^ (y-1)) + 1)
	z.abs = z.abs.xor(x.abs, minusOne(y))
	z.abs = z.abs.add(z.abs, natOne)
	z.neg = true
	return z
}

// Not sets z = ^x and returns z.
func (z *Int) Not(x *Int) *Int {
	if x.neg {
		// ^(-x) == ^(^(x-1)) == x-1
		z.abs = z.abs.sub(x.abs, natOne)
		z.neg = false
		return z
	}
	// ^x == -x-1 == -(x+1)
	z.abs = z.abs.add(x.abs, natOne)
	z.neg = true
	return z
}

// Sqrt sets z to ⌊√x⌋, the largest integer such that z² ≤ x, and returns z. It panics if x is
// negative.
func (z *Int) Sqrt(x *Int) *Int {
	if x.neg {
		panic("square root of negative number")
	}
	z.neg = false
	z.abs = z.abs.sqrt(x.abs)
	return z
}

// Rand sets z to a pseudo-random number in [0, n) and returns z.
//
// As this uses the math/rand package, it must not be used for security-sensitive work. Use
// crypto/rand.Int instead.
func (z *Int) Rand(rnd *rand.Rand, n *Int) *Int {
	if n.neg || len(n.abs) == 0 {
		z.neg = false
		z.abs = nil
		return z
	}
	z.neg = false
	z.abs = z.abs.random(rnd, n.abs)
	return z
}
