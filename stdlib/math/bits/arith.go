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
func Add64(x, y, carry uint64) (sum, carryOut uint64)

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
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64)

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
func Mul64(x, y uint64) (hi, lo uint64)

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
	return div128(hi, lo, y)
}

// div128 divides (hi, lo) by y, which is greater than hi (an intrinsic: one divq).
func div128(hi, lo, y uint64) (quo, rem uint64)

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
