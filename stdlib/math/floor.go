package math

// Floor returns the greatest integer value less than or equal to x.
// Floor(±0) = ±0, Floor(±Inf) = ±Inf, Floor(NaN) = NaN.
func Floor(x float64) float64 {
	if !isFractional(x) {
		return x
	}
	return floorInstruction(x)
}

// Ceil returns the least integer value greater than or equal to x.
// Ceil(±0) = ±0, Ceil(±Inf) = ±Inf, Ceil(NaN) = NaN.
func Ceil(x float64) float64 {
	if !isFractional(x) {
		return x
	}
	return ceilInstruction(x)
}

// Trunc returns the integer value of x. Trunc(±0) = ±0, Trunc(±Inf) = ±Inf,
// Trunc(NaN) = NaN.
func Trunc(x float64) float64 {
	if !isFractional(x) {
		return x
	}
	return truncInstruction(x)
}

// isFractional reports whether x may have a fraction: |x| < 2**52. The
// others (NaNs, infinities, large integers) gc's amd64 Floor, Ceil and Trunc
// return as they are, a signalling NaN unquietened, where the rounding
// instruction would quieten it.
func isFractional(x float64) bool { return Abs(x) < 1<<52 }

// The rounding instructions (bodyless: LLVM's floor, ceil and trunc).
func floorInstruction(x float64) float64
func ceilInstruction(x float64) float64
func truncInstruction(x float64) float64

// Round returns the nearest integer, rounding half away from zero.
// Round(±0) = ±0, Round(±Inf) = ±Inf, Round(NaN) = NaN.
func Round(x float64) float64 {
	bits := Float64bits(x)
	e := uint(biasedExponent(bits))
	switch {
	case e < exponentBias:
		// |x| < 1: ±0, or ±1 from ½ up
		bits &= signBit
		if e == exponentBias-1 {
			bits |= exponentBias << mantissaBits
		}
	case e < exponentBias+mantissaBits:
		// add a half at the units' place, then drop the fraction bits
		e -= exponentBias
		bits += (1 << (mantissaBits - 1)) >> e
		bits &^= mantissaMask >> e
	}
	return Float64frombits(bits)
}

// RoundToEven returns the nearest integer, rounding ties to even.
// RoundToEven(±0) = ±0, RoundToEven(±Inf) = ±Inf, RoundToEven(NaN) = NaN.
func RoundToEven(x float64) float64 {
	bits := Float64bits(x)
	e := uint(biasedExponent(bits))
	switch {
	case e >= exponentBias:
		// add just under a half, plus the units' bit (so a tie rounds
		// to even), then drop the fraction bits; a no-op once |x| >= 2**52
		const halfMinusULP = 1<<(mantissaBits-1) - 1
		e -= exponentBias
		bits += (halfMinusULP + (bits>>(mantissaBits-e))&1) >> e
		bits &^= mantissaMask >> e
	case e == exponentBias-1 && bits&mantissaMask != 0:
		bits = bits&signBit | exponentBias<<mantissaBits // (½, 1) -> ±1
	default:
		bits &= signBit
	}
	return Float64frombits(bits)
}

// Dim returns the maximum of x-y or 0. Dim(+Inf, +Inf) = NaN,
// Dim(-Inf, -Inf) = NaN, Dim(x, NaN) = Dim(NaN, x) = NaN.
func Dim(x, y float64) float64 {
	// the special cases come out of the subtraction as NaN
	if v := x - y; !(v <= 0) {
		return v
	}
	return 0
}

// Max returns the larger of x or y. Max(x, +Inf) = Max(+Inf, x) = +Inf,
// Max(x, NaN) = Max(NaN, x) = NaN, Max(+0, ±0) = Max(±0, +0) = +0,
// Max(-0, -0) = -0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	case x > y:
		return x
	}
	return y
}

// Min returns the smaller of x or y. Min(x, -Inf) = Min(-Inf, x) = -Inf,
// Min(x, NaN) = Min(NaN, x) = NaN, Min(-0, ±0) = Min(±0, -0) = -0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	case x < y:
		return x
	}
	return y
}

// Mod returns the floating-point remainder of x/y, with x's sign (exact).
// Mod(±Inf, y) = NaN, Mod(NaN, y) = NaN, Mod(x, 0) = NaN,
// Mod(x, ±Inf) = x, Mod(x, NaN) = NaN.
func Mod(x, y float64) float64 {
	if y == 0 || IsInf(x, 0) || IsNaN(x) || IsNaN(y) {
		return NaN()
	}
	y = Abs(y)
	yFraction, yExponent := Frexp(y)
	r := x
	if x < 0 {
		r = -x // not Abs: Mod(-0, y) is -0
	}
	// long division in binary: subtract the largest y·2**k not above r
	for r >= y {
		rFraction, rExponent := Frexp(r)
		if rFraction < yFraction {
			rExponent--
		}
		r = r - Ldexp(y, rExponent-yExponent)
	}
	if x < 0 {
		r = -r
	}
	return r
}

// Remainder returns the IEEE 754 floating-point remainder of x/y.
// Remainder(±Inf, y) = NaN, Remainder(NaN, y) = NaN, Remainder(x, 0) = NaN,
// Remainder(x, ±Inf) = x, Remainder(x, NaN) = NaN.
func Remainder(x, y float64) float64 {
	const (
		tiny    = 0x1p-1021
		halfMax = MaxFloat64 / 2
	)
	switch {
	case IsNaN(x) || IsNaN(y) || IsInf(x, 0) || y == 0:
		return NaN()
	case IsInf(y, 0):
		return x
	}
	negative := x < 0
	if negative {
		x = -x // not Abs: Remainder(-0, y) is -0
	}
	y = Abs(y)
	if x == y {
		if negative {
			return Copysign(0, -1)
		}
		return 0
	}
	if y <= halfMax {
		x = Mod(x, y+y) // x < 2y
	}
	if y < tiny {
		if x+x > y {
			x -= y
			if x+x >= y {
				x -= y
			}
		}
	} else {
		half := 0.5 * y
		if x > half {
			x -= y
			if x >= half {
				x -= y
			}
		}
	}
	if negative {
		x = -x
	}
	return x
}
