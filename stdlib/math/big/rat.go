package big

import (
	"fmt"
	"math"
	"strings"
)

// A Rat represents a quotient a/b of arbitrary precision. The zero value for a Rat represents the
// value 0.
//
// Operations always take pointer arguments (*Rat) rather than Rat values, and each unique Rat
// value requires its own unique *Rat pointer. To "copy" a Rat value, an existing (or newly
// allocated) Rat must be set to a new value using the Rat.Set method; shallow copies of Rats are
// not supported and may lead to errors.
type Rat struct {
	// a/b in lowest terms, b > 0; b is empty only in the zero value (denominator 1).
	a, b Int
}

// NewRat creates a new Rat with numerator a and denominator b.
func NewRat(a, b int64) *Rat {
	return new(Rat).SetFrac64(a, b)
}

// SetFrac sets z to a/b and returns z. If b == 0, SetFrac panics.
func (z *Rat) SetFrac(a, b *Int) *Rat {
	if len(b.abs) == 0 {
		panic("division by zero")
	}
	neg := a.neg != b.neg
	denominator := b.abs
	if &z.a == b || alias(z.a.abs, denominator) {
		denominator = nat(nil).set(denominator)
	}
	z.a.abs = z.a.abs.set(a.abs)
	z.b.abs = z.b.abs.set(denominator)
	z.a.neg = neg
	return z.norm()
}

// SetFrac64 sets z to a/b and returns z. If b == 0, SetFrac64 panics.
func (z *Rat) SetFrac64(a, b int64) *Rat {
	if b == 0 {
		panic("division by zero")
	}
	z.a.SetInt64(a)
	if b < 0 {
		z.b.abs = z.b.abs.setUint64(uint64(-b))
		z.a.neg = len(z.a.abs) > 0 && !z.a.neg
	} else {
		z.b.abs = z.b.abs.setUint64(uint64(b))
	}
	return z.norm()
}

// SetInt sets z to x (by making a copy of x) and returns z.
func (z *Rat) SetInt(x *Int) *Rat {
	z.a.Set(x)
	z.b.abs = z.b.abs.setWord(1)
	return z
}

// SetInt64 sets z to x and returns z.
func (z *Rat) SetInt64(x int64) *Rat {
	z.a.SetInt64(x)
	z.b.abs = z.b.abs.setWord(1)
	return z
}

// SetUint64 sets z to x and returns z.
func (z *Rat) SetUint64(x uint64) *Rat {
	z.a.SetUint64(x)
	z.b.abs = z.b.abs.setWord(1)
	return z
}

// Set sets z to x (by making a copy of x) and returns z.
func (z *Rat) Set(x *Rat) *Rat {
	if z != x {
		z.a.Set(&x.a)
		z.b.Set(&x.b)
	}
	if len(z.b.abs) == 0 {
		z.b.abs = z.b.abs.setWord(1)
	}
	return z
}

// denominator is b as a nat, 1 for the zero value's empty one.
func (x *Rat) denominator() nat {
	if len(x.b.abs) == 0 {
		return natOne
	}
	return x.b.abs
}

// norm brings z to lowest terms with a positive denominator.
func (z *Rat) norm() *Rat {
	z.b.neg = false
	switch {
	case len(z.a.abs) == 0:
		z.a.neg = false
		z.b.abs = z.b.abs.setWord(1)
	case len(z.b.abs) == 0:
		z.b.abs = z.b.abs.setWord(1)
	default:
		neg := z.a.neg
		divisor := new(Int).GCD(nil, nil, &Int{abs: z.a.abs}, &Int{abs: z.b.abs})
		if divisor.Cmp(intOne) != 0 {
			z.a.abs, _ = z.a.abs.div(nil, z.a.abs, divisor.abs)
			z.b.abs, _ = z.b.abs.div(nil, z.b.abs, divisor.abs)
		}
		z.a.neg = neg
	}
	return z
}

// Abs sets z to |x| (the absolute value of x) and returns z.
func (z *Rat) Abs(x *Rat) *Rat {
	z.Set(x)
	z.a.neg = false
	return z
}

// Neg sets z to -x and returns z.
func (z *Rat) Neg(x *Rat) *Rat {
	z.Set(x)
	z.a.neg = len(z.a.abs) > 0 && !z.a.neg
	return z
}

// Inv sets z to 1/x and returns z. If x == 0, Inv panics.
func (z *Rat) Inv(x *Rat) *Rat {
	if len(x.a.abs) == 0 {
		panic("division by zero")
	}
	z.Set(x)
	z.a.abs, z.b.abs = z.b.abs, z.a.abs
	return z
}

// Sign returns -1 if x < 0, 0 if x == 0, +1 if x > 0.
func (x *Rat) Sign() int {
	return x.a.Sign()
}

// IsInt reports whether the denominator of x is 1.
func (x *Rat) IsInt() bool {
	return len(x.b.abs) == 0 || x.b.abs.cmp(natOne) == 0
}

// Num returns the numerator of x; it may be <= 0. The result is a reference to x's numerator; it
// may change if a new value is assigned to x, and vice versa. The sign of the numerator
// corresponds to the sign of x.
func (x *Rat) Num() *Int {
	return &x.a
}

// Denom returns the denominator of x; it is always > 0. The result is a reference to x's
// denominator, unless x is an uninitialized (zero value) Rat, in which case the result is a new
// Int of value 1.
func (x *Rat) Denom() *Int {
	x.b.neg = false
	if len(x.b.abs) == 0 {
		return &Int{abs: nat{1}}
	}
	return &x.b
}

// crossProducts returns x.a*y.b and y.a*x.b, the numerators over the common denominator.
func crossProducts(x, y *Rat) (*Int, *Int) {
	first := new(Int).Mul(&x.a, &Int{abs: y.denominator()})
	second := new(Int).Mul(&y.a, &Int{abs: x.denominator()})
	return first, second
}

// Cmp compares x and y and returns -1 if x < y, 0 if x == y, +1 if x > y.
func (x *Rat) Cmp(y *Rat) int {
	first, second := crossProducts(x, y)
	return first.Cmp(second)
}

// Add sets z to the sum x+y and returns z.
func (z *Rat) Add(x, y *Rat) *Rat {
	return z.combine(x, y, (*Int).Add)
}

// Sub sets z to the difference x-y and returns z.
func (z *Rat) Sub(x, y *Rat) *Rat {
	return z.combine(x, y, (*Int).Sub)
}

// combine sets z = x ± y: the numerators over the common denominator, combined by op.
func (z *Rat) combine(x, y *Rat, op func(z, a, b *Int) *Int) *Rat {
	first, second := crossProducts(x, y)
	denominator := nat(nil).mul(x.denominator(), y.denominator())
	op(&z.a, first, second)
	z.b.abs = z.b.abs.set(denominator)
	return z.norm()
}

// Mul sets z to the product x*y and returns z.
func (z *Rat) Mul(x, y *Rat) *Rat {
	numerator := new(Int).Mul(&x.a, &y.a)
	denominator := nat(nil).mul(x.denominator(), y.denominator())
	z.a.Set(numerator)
	z.b.abs = z.b.abs.set(denominator)
	return z.norm()
}

// Quo sets z to the quotient x/y and returns z. If y == 0, Quo panics.
func (z *Rat) Quo(x, y *Rat) *Rat {
	if len(y.a.abs) == 0 {
		panic("division by zero")
	}
	numerator := new(Int).Mul(&x.a, &Int{abs: y.denominator()})
	denominator := new(Int).Mul(&Int{abs: x.denominator()}, &y.a)
	z.a.Set(numerator)
	z.a.neg = len(z.a.abs) > 0 && numerator.neg != denominator.neg
	z.b.abs = z.b.abs.set(denominator.abs)
	return z.norm()
}

// String returns a string representation of x in the form "a/b" (even if b == 1).
func (x *Rat) String() string {
	return string(x.marshal())
}

func (x *Rat) marshal() []byte {
	buf := x.a.Append(nil, 10)
	buf = append(buf, '/')
	return append(buf, x.denominator().itoa(false, 10)...)
}

// RatString returns a string representation of x in the form "a/b" if b != 1, and in the form
// "a" if b == 1.
func (x *Rat) RatString() string {
	if x.IsInt() {
		return x.a.String()
	}
	return x.String()
}

// FloatString returns a string representation of x in decimal form with prec digits of precision
// after the radix point. The last digit is rounded to nearest, with halves rounded away from
// zero.
func (x *Rat) FloatString(prec int) string {
	var buf []byte
	if x.IsInt() {
		buf = x.a.Append(buf, 10)
		if prec > 0 {
			buf = append(buf, '.')
			buf = append(buf, strings.Repeat("0", prec)...)
		}
		return string(buf)
	}
	whole, fraction := nat(nil).div(nil, x.a.abs, x.b.abs)
	scale := natOne
	if prec > 0 {
		scale = nat(nil).expNN(nat{10}, nat(nil).setUint64(uint64(prec)), nil)
	}
	fraction = nat(nil).mul(fraction, scale)
	fraction, rest := nat(nil).div(nil, fraction, x.b.abs)
	if x.b.abs.cmp(nat(nil).add(rest, rest)) <= 0 {
		fraction = fraction.add(fraction, natOne)
		if fraction.cmp(scale) >= 0 {
			whole = nat(nil).add(whole, natOne)
			fraction = nat(nil).sub(fraction, scale)
		}
	}
	if x.a.neg {
		buf = append(buf, '-')
	}
	buf = append(buf, whole.itoa(false, 10)...)
	if prec > 0 {
		digits := fraction.itoa(false, 10)
		if len(fraction) == 0 {
			digits = nil
		}
		buf = append(buf, '.')
		buf = append(buf, strings.Repeat("0", prec-len(digits))...)
		buf = append(buf, digits...)
	}
	return string(buf)
}

// SetString sets z to the value of s and returns z and a boolean indicating success. s can be
// given as a (possibly signed) fraction "a/b", or as a floating-point number optionally followed
// by an exponent. In a fraction, the dividend and the divisor may each use a base prefix (0b, 0,
// 0o, 0x); the divisor may not be signed. A floating-point number is decimal, with an optional
// exponent "e" (or "E") of ten. The entire string, not just a prefix, must be valid for success.
// If the operation failed, the value of z is undefined but the returned value is nil.
func (z *Rat) SetString(s string) (*Rat, bool) {
	if len(s) == 0 {
		return nil, false
	}
	if slash := strings.Index(s, "/"); slash >= 0 {
		if _, ok := z.a.SetString(s[:slash], 0); !ok {
			return nil, false
		}
		denominator := s[slash+1:]
		if denominator == "" || denominator[0] == '+' || denominator[0] == '-' {
			return nil, false
		}
		var b Int
		if _, ok := b.SetString(denominator, 0); !ok || len(b.abs) == 0 {
			return nil, false
		}
		z.b.abs = z.b.abs.set(b.abs)
		return z.norm(), true
	}
	return z.setDecimal(s)
}

// setDecimal reads [sign] digits [. digits] [(e|E) [sign] digits], where an underscore may
// separate two digits.
func (z *Rat) setDecimal(s string) (*Rat, bool) {
	neg := false
	if s[0] == '+' || s[0] == '-' {
		neg = s[0] == '-'
		s = s[1:]
	}
	if !separatorsBetweenDigits(s) {
		return nil, false
	}
	s = strings.ReplaceAll(s, "_", "")
	exponent := int64(0)
	if e := strings.IndexAny(s, "eE"); e >= 0 {
		var exp Int
		if _, ok := exp.SetString(s[e+1:], 10); !ok || !exp.IsInt64() || exp.BitLen() > 31 {
			return nil, false
		}
		exponent = exp.Int64()
		s = s[:e]
	}
	mantissa := s
	if dot := strings.IndexByte(s, '.'); dot >= 0 {
		mantissa = s[:dot] + s[dot+1:]
		exponent -= int64(len(s) - dot - 1)
	}
	if mantissa == "" || strings.IndexFunc(mantissa, func(c rune) bool { return c < '0' || c > '9' }) >= 0 {
		return nil, false
	}
	z.a.SetString(mantissa, 10)
	z.a.neg = len(z.a.abs) > 0 && neg
	power := nat(nil).expNN(nat{10}, nat(nil).setUint64(uint64(abs64(exponent))), nil)
	if exponent >= 0 {
		z.a.abs = z.a.abs.mul(z.a.abs, power)
		z.b.abs = z.b.abs.setWord(1)
	} else {
		z.b.abs = z.b.abs.set(power)
	}
	return z.norm(), true
}

// separatorsBetweenDigits reports whether every underscore in s has a digit on both sides.
func separatorsBetweenDigits(s string) bool {
	isDigit := func(i int) bool { return i >= 0 && i < len(s) && '0' <= s[i] && s[i] <= '9' }
	for i := 0; i < len(s); i++ {
		if s[i] == '_' && !(isDigit(i-1) && isDigit(i+1)) {
			return false
		}
	}
	return true
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// SetFloat64 sets z to exactly f and returns z. If f is not finite, SetFloat returns nil.
func (z *Rat) SetFloat64(f float64) *Rat {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return nil
	}
	word := math.Float64bits(f)
	mantissa := word & (1<<52 - 1)
	exponent := int((word >> 52) & 0x7FF)
	if exponent == 0 {
		exponent = 1 - 1075
	} else {
		mantissa |= 1 << 52
		exponent -= 1075
	}
	z.a.SetUint64(mantissa)
	z.a.neg = len(z.a.abs) > 0 && word>>63 != 0
	z.b.abs = z.b.abs.setWord(1)
	if exponent >= 0 {
		z.a.abs = z.a.abs.shl(z.a.abs, uint(exponent))
	} else {
		z.b.abs = z.b.abs.shl(z.b.abs, uint(-exponent))
	}
	return z.norm()
}

// Float64 returns the nearest float64 value for x and a bool indicating whether f represents x
// exactly. If the magnitude of x is too large to be represented by a float64, f is an infinity
// and exact is false. The sign of f always matches the sign of x, even if f == 0.
func (x *Rat) Float64() (f float64, exact bool) {
	bits, exact := quotientToFloat(x.a.abs, x.denominator(), 52, 11)
	f = math.Float64frombits(bits)
	if x.a.neg {
		f = -f
	}
	return f, exact
}

// Float32 returns the nearest float32 value for x and a bool indicating whether f represents x
// exactly. If the magnitude of x is too large to be represented by a float32, f is an infinity
// and exact is false. The sign of f always matches the sign of x, even if f == 0.
func (x *Rat) Float32() (f float32, exact bool) {
	bits, exact := quotientToFloat(x.a.abs, x.denominator(), 23, 8)
	f = math.Float32frombits(uint32(bits))
	if x.a.neg {
		f = -f
	}
	return f, exact
}

// quotientToFloat rounds a/b to the nearest IEEE binary float with the given fraction and
// exponent widths (ties to even), returning its bits (without sign) and whether it is exact.
func quotientToFloat(a, b nat, fractionBits, exponentBits uint) (uint64, bool) {
	if len(a) == 0 {
		return 0, true
	}
	bias := 1<<(exponentBits-1) - 1
	minExponent := 1 - bias
	// q = floor(a * 2**shift / b) with fractionBits+3 or +4 significant bits.
	shift := int(fractionBits) + 3 - (a.bitLen() - b.bitLen())
	numerator, denominator := a, b
	if shift > 0 {
		numerator = nat(nil).shl(a, uint(shift))
	} else if shift < 0 {
		denominator = nat(nil).shl(b, uint(-shift))
	}
	q, r := nat(nil).div(nil, numerator, denominator)
	sticky := len(r) > 0
	// a/b lies in [2**e, 2**(e+1)) with e = bitLen(q) - 1 - shift.
	e := q.bitLen() - 1 - shift
	keep := int(fractionBits) + 1 // significant bits the result can hold
	if e < minExponent-int(fractionBits)-1 {
		// Below half the smallest subnormal: zero. Exact is then what gc reports, whether
		// rounding to fractionBits+1 bits (before the underflow) lost nothing.
		drop := uint(q.bitLen() - int(fractionBits) - 2)
		lost := low64(q) & (1<<drop - 1)
		return 0, !sticky && lost == 0 && low64(q)>>drop&1 == 0
	}
	if e < minExponent {
		keep -= minExponent - e // subnormal: fewer bits
		e = minExponent
	}
	drop := q.bitLen() - keep
	mantissa := low64(q)
	if len(q) > 1 {
		panic("quotientToFloat: quotient too wide")
	}
	if drop > 0 {
		half := uint64(1) << uint(drop-1)
		rest := mantissa & (half<<1 - 1)
		mantissa >>= uint(drop)
		if rest > half || rest == half && (sticky || mantissa&1 == 1) {
			mantissa++
		}
		sticky = sticky || rest != 0
	} else if drop < 0 {
		mantissa <<= uint(-drop)
	}
	if mantissa == 1<<(fractionBits+1) { // rounding carried into a new bit
		mantissa >>= 1
		e++
	}
	if e > bias {
		return uint64(1<<exponentBits-1) << fractionBits, false // infinity
	}
	biased := uint64(0)
	if mantissa >= 1<<fractionBits {
		biased = uint64(e + bias)
	}
	return biased<<fractionBits | mantissa&(1<<fractionBits-1), !sticky
}

// MarshalText implements the encoding.TextMarshaler interface.
func (x *Rat) MarshalText() (text []byte, err error) {
	if x.IsInt() {
		return x.a.MarshalText()
	}
	return x.marshal(), nil
}

// UnmarshalText implements the encoding.TextUnmarshaler interface.
func (z *Rat) UnmarshalText(text []byte) error {
	if _, ok := z.SetString(string(text)); !ok {
		return fmt.Errorf("math/big: cannot unmarshal %q into a *big.Rat", text)
	}
	return nil
}
