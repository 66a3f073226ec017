package bits

// Add returns x + y + carry and the carry out; carry must be 0 or 1.
func Add(x, y, carry uint) (sum, carryOut uint) {
	if UintSize == 32 {
		s, c := Add32(uint32(x), uint32(y), uint32(carry))
		return uint(s), uint(c)
	}
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

// Add32 returns x + y + carry and the carry out; carry must be 0 or 1.
func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	wide := uint64(x) + uint64(y) + uint64(carry)
	return uint32(wide), uint32(wide >> 32)
}

// Add64 returns x + y + carry and the carry out; carry must be 0 or 1.
func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	// A carry leaves the top bit when both tops are set, or when one is
	// and the sum's is not.
	carryOut = ((x & y) | ((x | y) &^ sum)) >> 63
	return sum, carryOut
}

// Sub returns x - y - borrow and the borrow out; borrow must be 0 or 1.
func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	if UintSize == 32 {
		d, b := Sub32(uint32(x), uint32(y), uint32(borrow))
		return uint(d), uint(b)
	}
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

// Sub32 returns x - y - borrow and the borrow out; borrow must be 0 or 1.
func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 31
	return diff, borrowOut
}

// Sub64 returns x - y - borrow and the borrow out; borrow must be 0 or 1.
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - borrow
	// A borrow happens when y's top exceeds x's, or they are equal and
	// the lower bits borrowed.
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 63
	return diff, borrowOut
}

// Mul returns the double-width product x * y as (hi, lo).
func Mul(x, y uint) (hi, lo uint) {
	if UintSize == 32 {
		h, l := Mul32(uint32(x), uint32(y))
		return uint(h), uint(l)
	}
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

// Mul32 returns the double-width product x * y as (hi, lo).
func Mul32(x, y uint32) (hi, lo uint32) {
	wide := uint64(x) * uint64(y)
	return uint32(wide >> 32), uint32(wide)
}

// Mul64 returns the double-width product x * y as (hi, lo).
func Mul64(x, y uint64) (hi, lo uint64) {
	const half = 1<<32 - 1
	x0, x1 := x&half, x>>32
	y0, y1 := y&half, y>>32
	low := x0 * y0
	mid := x1*y0 + low>>32
	mid1, mid2 := mid&half, mid>>32
	mid1 += x0 * y1
	hi = x1*y1 + mid2 + mid1>>32
	lo = x * y
	return hi, lo
}

// runtimeError is the panic value of Div's overflow: an error whose text
// is the runtime's, which the runtime would report the same way.
type runtimeError string

func (e runtimeError) Error() string { return "runtime error: " + string(e) }

// RuntimeError marks the error as a run-time error, as runtime.Error
// asks.
func (e runtimeError) RuntimeError() {}

const overflowError = runtimeError("integer overflow")

// divideByZero panics with the run-time error of an integer division by
// zero, by performing one.
func divideByZero() uint64 {
	var zero uint64
	return 1 / zero
}

// Div returns the quotient and remainder of (hi, lo) divided by y. It
// panics if y is 0 (division by zero) or y <= hi (the quotient would
// overflow).
func Div(hi, lo, y uint) (quo, rem uint) {
	if UintSize == 32 {
		q, r := Div32(uint32(hi), uint32(lo), uint32(y))
		return uint(q), uint(r)
	}
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

// Div32 returns the quotient and remainder of (hi, lo) divided by y. It
// panics if y is 0 or y <= hi.
func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		panic(overflowError)
	}
	wide := uint64(hi)<<32 | uint64(lo)
	return uint32(wide / uint64(y)), uint32(wide % uint64(y))
}

// Div64 returns the quotient and remainder of (hi, lo) divided by y. It
// panics if y is 0 or y <= hi.
func Div64(hi, lo, y uint64) (quo, rem uint64) {
	if y == 0 {
		divideByZero()
	}
	if y <= hi {
		panic(overflowError)
	}
	if hi == 0 {
		return lo / y, lo % y
	}
	// Long division in base 2**32 (Knuth's algorithm D for a two-digit
	// divisor): normalise y so its top bit is set, then find the two
	// quotient digits one at a time, correcting each estimate.
	const base = 1 << 32
	const digit = base - 1
	shift := uint(LeadingZeros64(y))
	y <<= shift
	y1, y0 := y>>32, y&digit
	top := hi<<shift | lo>>(64-shift)
	low := lo << shift
	low1, low0 := low>>32, low&digit

	q1 := top / y1
	r := top - q1*y1
	for q1 >= base || q1*y0 > base*r+low1 {
		q1--
		r += y1
		if r >= base {
			break
		}
	}
	mid := top*base + low1 - q1*y

	q0 := mid / y1
	r = mid - q0*y1
	for q0 >= base || q0*y0 > base*r+low0 {
		q0--
		r += y1
		if r >= base {
			break
		}
	}
	return q1*base + q0, (mid*base + low0 - q0*y) >> shift
}

// Rem returns the remainder of (hi, lo) divided by y. It panics if y is 0
// but, unlike Div, not on quotient overflow.
func Rem(hi, lo, y uint) uint {
	if UintSize == 32 {
		return uint(Rem32(uint32(hi), uint32(lo), uint32(y)))
	}
	return uint(Rem64(uint64(hi), uint64(lo), uint64(y)))
}

// Rem32 returns the remainder of (hi, lo) divided by y; it panics if y is
// 0.
func Rem32(hi, lo, y uint32) uint32 {
	return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y))
}

// Rem64 returns the remainder of (hi, lo) divided by y; it panics if y is
// 0.
func Rem64(hi, lo, y uint64) uint64 {
	_, rem := Div64(hi%y, lo, y)
	return rem
}
