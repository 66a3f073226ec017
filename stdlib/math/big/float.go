package big

import (
	"fmt"
	"math"
)

// A nonzero finite Float represents a multi-precision floating point number
//
//	sign × mantissa × 2**exponent
//
// with 0.5 <= mantissa < 1.0, and MinExp <= exponent <= MaxExp. A Float may also be zero (+0,
// -0) or infinite (+Inf, -Inf). All Floats are ordered, and the ordering of two Floats x and y
// is defined by x.Cmp(y).
//
// Each Float value also has a precision, rounding mode, and accuracy. The precision is the
// maximum number of mantissa bits available to represent the value. The rounding mode specifies
// how a result should be rounded to fit into the mantissa bits, and accuracy describes the
// rounding error with respect to the exact result.
//
// Unless specified otherwise, all operations (including setters) that specify a *Float variable
// for the result (usually via the receiver, with the exception of MantExp), round the numeric
// result according to the precision and rounding mode of the result variable.
//
// If the provided result precision is 0, it is changed to the precision of the argument with
// the largest precision value before any rounding takes place, and the rounding mode remains
// unchanged. The zero (uninitialized) value for a Float is ready to use and represents the
// number +0.0 exactly, with precision 0 and rounding mode ToNearestEven.
type Float struct {
	prec uint32
	mode RoundingMode
	acc  Accuracy
	form form
	neg  bool
	// A finite nonzero value is mant × 2**exp: mant odd-or-even, mant.bitLen() <= prec.
	mant nat
	exp  int64
}

type form byte

const (
	zero form = iota
	finite
	inf
)

// Exponent and precision limits for a Float.
const (
	MaxExp  = math.MaxInt32  // largest supported exponent
	MinExp  = math.MinInt32  // smallest supported exponent
	MaxPrec = math.MaxUint32 // largest (theoretically) supported precision; likely memory-limited
)

// RoundingMode determines how a Float value is rounded to the desired precision. Rounding may
// change the Float value; the rounding error is described by the Float's Accuracy.
type RoundingMode byte

// These constants define supported rounding modes.
const (
	ToNearestEven RoundingMode = iota // == IEEE 754-2008 roundTiesToEven
	ToNearestAway                     // == IEEE 754-2008 roundTiesToAway
	ToZero                            // == IEEE 754-2008 roundTowardZero
	AwayFromZero                      // no IEEE 754-2008 equivalent
	ToNegativeInf                     // == IEEE 754-2008 roundTowardNegative
	ToPositiveInf                     // == IEEE 754-2008 roundTowardPositive
)

var roundingModeNames = [...]string{"ToNearestEven", "ToNearestAway", "ToZero", "AwayFromZero", "ToNegativeInf", "ToPositiveInf"}

// String returns the mode's name.
func (i RoundingMode) String() string {
	if int(i) < len(roundingModeNames) {
		return roundingModeNames[i]
	}
	return fmt.Sprintf("RoundingMode(%d)", int(i))
}

// Accuracy describes the rounding error produced by the most recent operation that generated a
// Float value, relative to the exact value.
type Accuracy int8

// Constants describing the Accuracy of a Float.
const (
	Below Accuracy = -1
	Exact Accuracy = 0
	Above Accuracy = +1
)

// String returns the accuracy's name.
func (i Accuracy) String() string {
	switch i {
	case Below:
		return "Below"
	case Exact:
		return "Exact"
	case Above:
		return "Above"
	}
	return fmt.Sprintf("Accuracy(%d)", int(i))
}

// An ErrNaN panic is raised by a Float operation that would lead to a NaN under IEEE-754 rules.
// An ErrNaN implements the error interface.
type ErrNaN struct {
	msg string
}

// Error returns the text of the operation that would have made a NaN.
func (err ErrNaN) Error() string {
	return err.msg
}

// NewFloat allocates and returns a new Float set to x, with precision 53 and rounding mode
// ToNearestEven. NewFloat panics with ErrNaN if x is a NaN.
func NewFloat(x float64) *Float {
	if math.IsNaN(x) {
		panic(ErrNaN{"NewFloat(NaN)"})
	}
	return new(Float).SetFloat64(x)
}

// SetPrec sets z's precision to prec and returns the (possibly) rounded value of z. Rounding
// occurs according to z's rounding mode if the mantissa cannot be represented in prec bits
// without loss of precision. SetPrec(0) maps all finite values to ±0; infinite values remain
// unchanged. If prec > MaxPrec, it is set to MaxPrec.
func (z *Float) SetPrec(prec uint) *Float {
	z.acc = Exact
	if prec == 0 {
		z.prec = 0
		if z.form == finite {
			z.acc = accuracyOfZero(z.neg)
			z.form = zero
			z.mant = z.mant[:0]
		}
		return z
	}
	if prec > MaxPrec {
		prec = MaxPrec
	}
	old := z.prec
	z.prec = uint32(prec)
	if z.prec < old && z.form == finite {
		z.round(false)
	}
	return z
}

// accuracyOfZero is the accuracy of a value rounded to zero: Below for a positive one.
func accuracyOfZero(neg bool) Accuracy {
	if neg {
		return Above
	}
	return Below
}

// SetMode sets z's rounding mode to mode and returns an exact z. z remains unchanged otherwise.
// z.SetMode(z.Mode()) is a cheap way to set z's accuracy to Exact.
func (z *Float) SetMode(mode RoundingMode) *Float {
	z.mode = mode
	z.acc = Exact
	return z
}

// Prec returns the mantissa precision of x in bits. The result may be 0 for |x| == 0 and |x| ==
// Inf.
func (x *Float) Prec() uint { return uint(x.prec) }

// MinPrec returns the minimum precision required to represent x exactly (i.e., the smallest
// prec before x.SetPrec(prec) would start rounding x). The result is 0 for |x| == 0 and |x| ==
// Inf.
func (x *Float) MinPrec() uint {
	if x.form != finite {
		return 0
	}
	return uint(x.mant.bitLen()) - x.mant.trailingZeroBits()
}

// Mode returns the rounding mode of x.
func (x *Float) Mode() RoundingMode { return x.mode }

// Acc returns the accuracy of x produced by the most recent operation, unless explicitly
// documented otherwise by that operation.
func (x *Float) Acc() Accuracy { return x.acc }

// Sign returns -1 if x < 0, 0 if x is ±0, +1 if x > 0.
func (x *Float) Sign() int {
	switch {
	case x.form == zero:
		return 0
	case x.neg:
		return -1
	}
	return 1
}

// Signbit reports whether x is negative or negative zero.
func (x *Float) Signbit() bool { return x.neg }

// IsInf reports whether x is +Inf or -Inf.
func (x *Float) IsInf() bool { return x.form == inf }

// IsInt reports whether x is an integer. ±Inf values are not integers.
func (x *Float) IsInt() bool {
	if x.form != finite {
		return x.form == zero
	}
	return x.exp >= 0 || int64(x.mant.trailingZeroBits()) >= -x.exp
}

// MantExp breaks x into its mantissa and exponent components and returns the exponent. If a
// non-nil mant argument is provided its value is set to the mantissa of x, with the same
// precision and rounding mode as x. The components satisfy x == mant × 2**exp, with 0.5 <= |mant|
// < 1.0. Calling MantExp with a nil argument is an efficient way to get the exponent of the
// receiver.
func (x *Float) MantExp(mant *Float) (exp int) {
	if x.form == finite {
		exp = int(x.exp) + x.mant.bitLen()
	}
	if mant != nil {
		mant.Copy(x)
		if mant.form == finite {
			mant.exp = -int64(mant.mant.bitLen())
		}
	}
	return exp
}

// SetMantExp sets z to mant × 2**exp and returns z. The result z has the same precision and
// rounding mode as mant.
func (z *Float) SetMantExp(mant *Float, exp int) *Float {
	z.Set(mant)
	if z.form == finite {
		z.exp += int64(exp)
	}
	return z
}

// SetInf sets z to the infinite Float -Inf if signbit is set, or +Inf if signbit is not set,
// and returns z. The precision of z is unchanged and the result is always Exact.
func (z *Float) SetInf(signbit bool) *Float {
	z.acc = Exact
	z.form = inf
	z.neg = signbit
	return z
}

// setZero makes z a zero of the given sign.
func (z *Float) setZero(neg bool) *Float {
	z.form = zero
	z.neg = neg
	z.mant = z.mant[:0]
	return z
}

// setExact sets z = ±m × 2**e rounded to z's precision and mode, sticky saying that bits below
// m were lost already (the exact value is a little more than m × 2**e in magnitude).
func (z *Float) setExact(neg bool, m nat, e int64, sticky bool) *Float {
	z.neg = neg
	if len(m) == 0 && !sticky {
		z.acc = Exact
		return z.setZero(neg)
	}
	z.form = finite
	z.mant = z.mant.set(m)
	z.exp = e
	z.round(sticky)
	return z
}

// round rounds z's mantissa to z.prec bits by z.mode and sets z.acc.
func (z *Float) round(sticky bool) {
	z.acc = Exact
	n := z.mant.bitLen()
	prec := int(z.prec)
	if n <= prec && !sticky {
		z.normalize()
		return
	}
	if n <= prec {
		// Make room for a round bit so that the lost tail is strictly below half.
		shift := uint(prec - n + 2)
		z.mant = z.mant.shl(z.mant, shift)
		z.exp -= int64(shift)
		n += int(shift)
	}
	drop := uint(n - prec)
	roundBit := z.mant.bit(drop - 1)
	below := sticky || z.mant.trailingZeroBits() < drop-1 // a set bit under the round bit
	z.mant = z.mant.shr(z.mant, drop)
	z.exp += int64(drop)
	if roundBit == 0 && !below {
		z.normalize()
		return
	}
	increment := false
	switch z.mode {
	case ToNearestEven:
		increment = roundBit != 0 && (below || z.mant.bit(0) != 0)
	case ToNearestAway:
		increment = roundBit != 0
	case AwayFromZero:
		increment = true
	case ToNegativeInf:
		increment = z.neg
	case ToPositiveInf:
		increment = !z.neg
	}
	if increment {
		z.mant = z.mant.add(z.mant, natOne)
		if z.mant.bitLen() > prec {
			z.mant = z.mant.shr(z.mant, 1)
			z.exp++
		}
	}
	// The result is bigger in magnitude than the exact value when incremented.
	if increment != z.neg {
		z.acc = Above
	} else {
		z.acc = Below
	}
	z.normalize()
}

// normalize drops trailing zero bits of the mantissa into the exponent (one form per value).
func (z *Float) normalize() {
	if len(z.mant) == 0 {
		z.form = zero
		return
	}
	if t := z.mant.trailingZeroBits(); t > 0 {
		z.mant = z.mant.shr(z.mant, t)
		z.exp += int64(t)
	}
}

// SetFloat64 sets z to the (possibly rounded) value of x and returns z. If z's precision is 0,
// it is changed to 53 (and rounding will have no effect). SetFloat64 panics with ErrNaN if x is
// a NaN.
func (z *Float) SetFloat64(x float64) *Float {
	if z.prec == 0 {
		z.prec = 53
	}
	if math.IsNaN(x) {
		panic(ErrNaN{"Float.SetFloat64(NaN)"})
	}
	bits := math.Float64bits(x)
	neg := bits>>63 != 0
	if math.IsInf(x, 0) {
		return z.SetInf(neg)
	}
	m := bits & (1<<52 - 1)
	e := int64(bits >> 52 & 0x7FF)
	if e == 0 {
		e = 1
	} else {
		m |= 1 << 52
	}
	return z.setExact(neg, nat(nil).setUint64(m), e-1075, false)
}

// SetInt64 sets z to the (possibly rounded) value of x and returns z. If z's precision is 0, it
// is changed to 64 (and rounding will have no effect).
func (z *Float) SetInt64(x int64) *Float {
	if z.prec == 0 {
		z.prec = 64
	}
	u := uint64(x)
	if x < 0 {
		u = -u
	}
	return z.setExact(x < 0, nat(nil).setUint64(u), 0, false)
}

// SetUint64 sets z to the (possibly rounded) value of x and returns z. If z's precision is 0,
// it is changed to 64 (and rounding will have no effect).
func (z *Float) SetUint64(x uint64) *Float {
	if z.prec == 0 {
		z.prec = 64
	}
	return z.setExact(false, nat(nil).setUint64(x), 0, false)
}

// SetInt sets z to the (possibly rounded) value of x and returns z. If z's precision is 0, it
// is changed to the larger of x.BitLen() or 64 (and rounding will have no effect).
func (z *Float) SetInt(x *Int) *Float {
	if z.prec == 0 {
		z.prec = uint32(maxInt(x.BitLen(), 64))
	}
	return z.setExact(x.neg, x.abs, 0, false)
}

// SetRat sets z to the (possibly rounded) value of x and returns z. If z's precision is 0, it is
// changed to the largest of a.BitLen(), b.BitLen(), or 64; with x = a/b.
func (z *Float) SetRat(x *Rat) *Float {
	if x.IsInt() {
		return z.SetInt(x.Num())
	}
	a, b := x.Num(), x.Denom()
	if z.prec == 0 {
		z.prec = uint32(maxInt(maxInt(a.BitLen(), b.BitLen()), 64))
	}
	return z.setQuotient(a.neg, a.abs, b.abs, 0)
}

// setQuotient sets z = ±(a / b) × 2**e, rounded.
func (z *Float) setQuotient(neg bool, a, b nat, e int64) *Float {
	// Shift a so that the quotient has prec+2 bits or more; the remainder is the sticky bit.
	shift := int(z.prec) + 2 - (a.bitLen() - b.bitLen()) + 1
	if shift < 0 {
		shift = 0
	}
	q, r := nat(nil).div(nil, nat(nil).shl(a, uint(shift)), b)
	return z.setExact(neg, q, e-int64(shift), len(r) > 0)
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// Set sets z to the (possibly rounded) value of x and returns z. If z's precision is 0, it is
// changed to the precision of x before setting z (and rounding will have no effect). Rounding is
// performed according to z's precision and rounding mode; and z's accuracy reports the result
// error relative to the exact (not rounded) result.
func (z *Float) Set(x *Float) *Float {
	if z == x {
		return z
	}
	if z.prec == 0 {
		z.prec = x.prec
	}
	z.acc = Exact
	z.neg = x.neg
	z.form = x.form
	switch x.form {
	case finite:
		z.mant = z.mant.set(x.mant)
		z.exp = x.exp
		z.round(false)
	default:
		z.mant = z.mant[:0]
	}
	return z
}

// Copy sets z to x, with the same precision, rounding mode, and accuracy as x, and returns z. x
// is not changed even if z and x are the same.
func (z *Float) Copy(x *Float) *Float {
	if z != x {
		z.prec, z.mode, z.acc, z.form, z.neg, z.exp = x.prec, x.mode, x.acc, x.form, x.neg, x.exp
		z.mant = z.mant.set(x.mant)
	}
	return z
}

// Abs sets z to the (possibly rounded) value |x| (the absolute value of x) and returns z.
func (z *Float) Abs(x *Float) *Float {
	z.Set(x)
	z.neg = false
	return z
}

// Neg sets z to the (possibly rounded) value of x with its sign negated, and returns z.
func (z *Float) Neg(x *Float) *Float {
	z.Set(x)
	z.neg = !z.neg
	return z
}

// Cmp compares x and y and returns -1 if x < y, 0 if x == y (incl. -0 == 0, -Inf == -Inf, and
// +Inf == +Inf), +1 if x > y.
func (x *Float) Cmp(y *Float) int {
	xs, ys := x.ord(), y.ord()
	switch {
	case xs < ys:
		return -1
	case xs > ys:
		return +1
	}
	// xs == ys
	switch xs {
	case -1:
		return y.ucmp(x)
	case +1:
		return x.ucmp(y)
	}
	return 0
}

// ord classifies x: -2 for -Inf, -1 for a negative finite value, 0 for ±0, +1, +2.
func (x *Float) ord() int {
	var m int
	switch x.form {
	case finite:
		m = 1
	case zero:
		return 0
	case inf:
		m = 2
	}
	if x.neg {
		m = -m
	}
	return m
}

// ucmp compares the magnitudes of two finite nonzero values.
func (x *Float) ucmp(y *Float) int {
	ex, ey := x.exp+int64(x.mant.bitLen()), y.exp+int64(y.mant.bitLen())
	switch {
	case ex < ey:
		return -1
	case ex > ey:
		return +1
	}
	// Same top bit position: compare the mantissas aligned at a common exponent.
	a, b := alignedMantissas(x, y)
	return a.cmp(b)
}

// alignedMantissas returns x's and y's mantissas shifted to the smaller of their exponents.
func alignedMantissas(x, y *Float) (nat, nat) {
	a, b := x.mant, y.mant
	switch {
	case x.exp > y.exp:
		a = nat(nil).shl(a, uint(x.exp-y.exp))
	case y.exp > x.exp:
		b = nat(nil).shl(b, uint(y.exp-x.exp))
	}
	return a, b
}

func minExp(x, y *Float) int64 {
	if x.exp < y.exp {
		return x.exp
	}
	return y.exp
}

// resultPrec gives z the larger precision of x and y if it has none.
func (z *Float) resultPrec(x, y *Float) {
	if z.prec == 0 {
		z.prec = x.prec
		if y.prec > z.prec {
			z.prec = y.prec
		}
	}
}

// Add sets z to the rounded sum x+y and returns z. If z's precision is 0, it is changed to the
// larger of x's or y's precision before the operation. Rounding is performed according to z's
// precision and rounding mode; and z's accuracy reports the result error relative to the exact
// (not rounded) result. Add panics with ErrNaN if x and y are infinities with opposite signs.
// The value of z is undefined in that case.
func (z *Float) Add(x, y *Float) *Float {
	return z.addSigned(x, y, y.neg, "addition of infinities with opposite signs")
}

// Sub sets z to the rounded difference x-y and returns z. Precision, rounding, and accuracy
// reporting are as for Add. Sub panics with ErrNaN if x and y are infinities with equal signs.
// The value of z is undefined in that case.
func (z *Float) Sub(x, y *Float) *Float {
	return z.addSigned(x, y, !y.neg, "subtraction of infinities with equal signs")
}

func (z *Float) addSigned(x, y *Float, yNeg bool, nanText string) *Float {
	z.resultPrec(x, y)
	switch {
	case x.form == inf && y.form == inf:
		if x.neg != yNeg {
			z.acc = Exact
			z.form = zero
			z.neg = false
			panic(ErrNaN{nanText})
		}
		return z.SetInf(x.neg)
	case x.form == inf:
		return z.SetInf(x.neg)
	case y.form == inf:
		return z.SetInf(yNeg)
	case x.form == zero && y.form == zero:
		z.acc = Exact
		// -0 + -0 is -0; +0 + -0 is +0 except when rounding toward -Inf.
		return z.setZero(x.neg && yNeg || x.neg != yNeg && z.mode == ToNegativeInf)
	case x.form == zero:
		return z.setSigned(y, yNeg)
	case y.form == zero:
		return z.setSigned(x, x.neg)
	}
	a, b := alignedMantissas(x, y)
	e := minExp(x, y)
	if x.neg == yNeg {
		return z.setExact(x.neg, nat(nil).add(a, b), e, false)
	}
	switch a.cmp(b) {
	case 0:
		z.acc = Exact
		return z.setZero(z.mode == ToNegativeInf)
	case 1:
		return z.setExact(x.neg, nat(nil).sub(a, b), e, false)
	}
	return z.setExact(yNeg, nat(nil).sub(b, a), e, false)
}

// setSigned sets z to x rounded, with the sign neg.
func (z *Float) setSigned(x *Float, neg bool) *Float {
	return z.setExact(neg, x.mant, x.exp, false)
}

// Mul sets z to the rounded product x*y and returns z. Precision, rounding, and accuracy
// reporting are as for Add. Mul panics with ErrNaN if one operand is zero and the other operand
// an infinity. The value of z is undefined in that case.
func (z *Float) Mul(x, y *Float) *Float {
	z.resultPrec(x, y)
	neg := x.neg != y.neg
	switch {
	case x.form == inf && y.form == zero || x.form == zero && y.form == inf:
		z.acc = Exact
		z.setZero(false)
		panic(ErrNaN{"multiplication of zero with infinity"})
	case x.form == inf || y.form == inf:
		return z.SetInf(neg)
	case x.form == zero || y.form == zero:
		z.acc = Exact
		return z.setZero(neg)
	}
	return z.setExact(neg, nat(nil).mul(x.mant, y.mant), x.exp+y.exp, false)
}

// Quo sets z to the rounded quotient x/y and returns z. Precision, rounding, and accuracy
// reporting are as for Add. Quo panics with ErrNaN if both operands are zero or infinities. The
// value of z is undefined in that case.
func (z *Float) Quo(x, y *Float) *Float {
	z.resultPrec(x, y)
	neg := x.neg != y.neg
	switch {
	case x.form == zero && y.form == zero || x.form == inf && y.form == inf:
		z.acc = Exact
		z.setZero(false)
		panic(ErrNaN{"division of zero by zero or infinity by infinity"})
	case x.form == zero || y.form == inf:
		z.acc = Exact
		return z.setZero(neg)
	case x.form == inf || y.form == zero:
		return z.SetInf(neg)
	}
	return z.setQuotient(neg, x.mant, y.mant, x.exp-y.exp)
}

// Sqrt sets z to the rounded square root of x, and returns it.
//
// If z's precision is 0, it is changed to x's precision before the operation. Rounding is
// performed according to z's precision and rounding mode, but z's accuracy is not computed.
// Specifically, the result of z.Acc() is undefined.
//
// The function panics if z < 0. The value of z is undefined in that case.
func (z *Float) Sqrt(x *Float) *Float {
	if z.prec == 0 {
		z.prec = x.prec
	}
	if x.Sign() == -1 {
		panic(ErrNaN{"square root of negative operand"})
	}
	if x.form != finite {
		z.acc = Exact
		z.form = x.form
		z.neg = x.neg
		return z
	}
	// √(m × 2**b) = √m × 2**(b/2), with m moved into [0.25, 2) to make b even. The root is x
	// times 1/√x, which Newton's iteration t' = t(3 - x t²)/2 finds without divisions, doubling
	// its precision each step from a float64 start to 32 bits beyond z's. (The mantissa is
	// taken with x's rounding mode, which the final product then uses, as gc's does.)
	prec := z.prec
	b := x.MantExp(z)
	z.prec = prec
	switch b % 2 {
	case 1:
		z.exp++
	case -1:
		z.exp--
	}
	z.Mul(z, inverseSqrt(z))
	return z.SetMantExp(z, b/2)
}

// inverseSqrt approximates 1/√x (x in [0.25, 2)) to 32 bits more than x's precision.
func inverseSqrt(x *Float) *Float {
	f, _ := x.Float64()
	t := new(Float).SetFloat64(1 / math.Sqrt(f)) // 53 bits
	three := new(Float).SetInt64(3)
	u, v := new(Float), new(Float)
	for target := x.prec + 32; t.prec < target; {
		t.prec *= 2
		u.prec, v.prec = t.prec, t.prec
		u.Mul(t, t)
		u.Mul(x, u)
		v.Sub(three, u)
		u.Mul(t, v)
		u.exp-- // halved
		t.Set(u)
	}
	return t
}

// Float64 returns the float64 value nearest to x. If x is too small to be represented by a
// float64 (|x| < math.SmallestNonzeroFloat64), the result is (0, Below) or (-0, Above),
// respectively, depending on the sign of x. If x is too large to be represented by a float64
// (|x| > math.MaxFloat64), the result is (+Inf, Above) or (-Inf, Below), depending on the sign of
// x.
func (x *Float) Float64() (float64, Accuracy) {
	switch x.form {
	case zero:
		if x.neg {
			return math.Copysign(0, -1), Exact
		}
		return 0, Exact
	case inf:
		if x.neg {
			return math.Inf(-1), Exact
		}
		return math.Inf(+1), Exact
	}
	bits := x.nearest(52, 11)
	f := math.Float64frombits(bits)
	if x.neg {
		f = -f
	}
	return f, x.accuracyOf(new(Float).SetFloat64(f))
}

// Float32 returns the float32 value nearest to x, as Float64 does for float64.
func (x *Float) Float32() (float32, Accuracy) {
	switch x.form {
	case zero:
		if x.neg {
			return float32(math.Copysign(0, -1)), Exact
		}
		return 0, Exact
	case inf:
		if x.neg {
			return float32(math.Inf(-1)), Exact
		}
		return float32(math.Inf(+1)), Exact
	}
	bits := x.nearest(23, 8)
	f := math.Float32frombits(uint32(bits))
	if x.neg {
		f = -f
	}
	return f, x.accuracyOf(new(Float).SetFloat64(float64(f)))
}

// nearest is the IEEE value nearest |x| (ties to even), as bits without the sign.
func (x *Float) nearest(fractionBits, exponentBits uint) uint64 {
	a, b := x.mant, natOne
	if x.exp > 0 {
		a = nat(nil).shl(a, uint(x.exp))
	} else if x.exp < 0 {
		b = nat(nil).shl(natOne, uint(-x.exp))
	}
	bits, _ := quotientToFloat(a, b, fractionBits, exponentBits)
	return bits
}

// accuracyOf says how the finite or infinite value r compares with x.
func (x *Float) accuracyOf(r *Float) Accuracy {
	return Accuracy(r.Cmp(x))
}

// Int64 returns the integer resulting from truncating x towards zero. If math.MinInt64 <= x <=
// math.MaxInt64, the result is Exact if x is an integer, and Above (x < 0) or Below (x > 0)
// otherwise. The result is (math.MinInt64, Above) for x < math.MinInt64, and (math.MaxInt64,
// Below) for x > math.MaxInt64.
func (x *Float) Int64() (int64, Accuracy) {
	i, acc := x.Int(nil)
	switch {
	case x.form == inf && x.neg || x.form != inf && i.Cmp(NewInt(math.MinInt64)) < 0:
		return math.MinInt64, Above
	case x.form == inf || i.Cmp(NewInt(math.MaxInt64)) > 0:
		return math.MaxInt64, Below
	}
	return i.Int64(), acc
}

// Uint64 returns the unsigned integer resulting from truncating x towards zero. If 0 <= x <=
// math.MaxUint64, the result is Exact if x is an integer and Below otherwise. The result is (0,
// Above) for x < 0, and (math.MaxUint64, Below) for x > math.MaxUint64.
func (x *Float) Uint64() (uint64, Accuracy) {
	if x.neg && x.form != zero {
		return 0, Above
	}
	switch x.form {
	case zero:
		return 0, Exact
	case inf:
		return math.MaxUint64, Below
	}
	exp := x.MantExp(nil)
	switch {
	case exp <= 0:
		return 0, Below
	case exp > 64:
		return math.MaxUint64, Below
	}
	i, _ := x.Int(nil)
	// gc reports Exact whenever the mantissa fits 64 bits, even with a fraction truncated.
	if x.MinPrec() <= 64 {
		return i.Uint64(), Exact
	}
	return i.Uint64(), Below
}

// Int returns the result of truncating x towards zero; or nil if x is an infinity. The result
// is Exact if x.IsInt(); otherwise it is Below for x > 0, and Above for x < 0. If a non-nil *Int
// argument z is provided, Int stores the result in z instead of allocating a new Int.
func (x *Float) Int(z *Int) (*Int, Accuracy) {
	if z == nil && x.form <= finite {
		z = new(Int)
	}
	switch x.form {
	case zero:
		return z.SetInt64(0), Exact
	case inf:
		return nil, accuracyOfInf(x.neg)
	}
	acc := Exact
	if x.exp >= 0 {
		z.abs = z.abs.shl(x.mant, uint(x.exp))
	} else {
		z.abs = z.abs.shr(x.mant, uint(-x.exp))
		if !x.IsInt() {
			acc = accuracyOfZero(x.neg)
		}
	}
	z.neg = x.neg && len(z.abs) > 0
	return z, acc
}

func accuracyOfInf(neg bool) Accuracy {
	if neg {
		return Above
	}
	return Below
}

// Rat returns the rational number corresponding to x; or nil if x is an infinity. The result
// is Exact if x is not an Inf. If a non-nil *Rat argument z is provided, Rat stores the result
// in z instead of allocating a new Rat.
func (x *Float) Rat(z *Rat) (*Rat, Accuracy) {
	if z == nil && x.form <= finite {
		z = new(Rat)
	}
	switch x.form {
	case zero:
		return z.SetInt64(0), Exact
	case inf:
		return nil, accuracyOfInf(x.neg)
	}
	num := &Int{neg: x.neg, abs: x.mant}
	if x.exp >= 0 {
		return z.SetInt(new(Int).Lsh(num, uint(x.exp))), Exact
	}
	return z.SetFrac(num, new(Int).Lsh(intOne, uint(-x.exp))), Exact
}
