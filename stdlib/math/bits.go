package math

// The layout of a float64: sign, 11 exponent bits, 52 mantissa bits.
const (
	quietNaNBits = 0x7FF8000000000001 // gc's NaN()
	posInfBits   = 0x7FF0000000000000
	negInfBits   = 0xFFF0000000000000
	exponentMask = 0x7FF
	mantissaBits = 52
	exponentBias = 1023
	signBit      = 1 << 63
	mantissaMask = 1<<mantissaBits - 1
	quietBit     = 1 << (mantissaBits - 1) // set in a quiet NaN
)

// Float64bits returns the IEEE 754 binary representation of f.
func Float64bits(f float64) uint64

// Float64frombits returns the float64 whose IEEE 754 binary representation
// is b.
func Float64frombits(b uint64) float64

// Float32bits returns the IEEE 754 binary representation of f.
func Float32bits(f float32) uint32

// Float32frombits returns the float32 whose IEEE 754 binary representation
// is b.
func Float32frombits(b uint32) float32

// Inf returns positive infinity if sign >= 0, negative infinity if sign < 0.
func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(posInfBits)
	}
	return Float64frombits(negInfBits)
}

// NaN returns an IEEE 754 "not-a-number" value.
func NaN() float64 { return Float64frombits(quietNaNBits) }

// IsNaN reports whether f is a NaN.
func IsNaN(f float64) (is bool) { return f != f }

// IsInf reports whether f is an infinity, according to sign: +Inf for
// sign > 0, -Inf for sign < 0, either for sign == 0.
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool { return Float64bits(x)&signBit != 0 }

// Abs returns the absolute value of x.
func Abs(x float64) float64

// Copysign returns a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64

// normalized scales a subnormal x by 2**52 into the normal range, returning
// the exponent to add back; a normal x comes back unchanged with 0.
func normalized(x float64) (float64, int) {
	const smallestNormal = 0x1p-1022
	if Abs(x) < smallestNormal {
		return x * (1 << 52), -52
	}
	return x, 0
}

// biasedExponent is the exponent field of x's bits.
func biasedExponent(bits uint64) int { return int(bits>>mantissaBits) & exponentMask }

// Frexp breaks f into a normalized fraction in [½, 1) and an integral power
// of two: f == frac × 2**exp. Frexp(±0) = ±0, 0; Frexp(±Inf) = ±Inf, 0;
// Frexp(NaN) = NaN, 0.
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || IsInf(f, 0) || IsNaN(f) {
		return f, 0
	}
	f, exp = normalized(f)
	bits := Float64bits(f)
	exp += biasedExponent(bits) - exponentBias + 1
	bits = bits&^(exponentMask<<mantissaBits) | (exponentBias-1)<<mantissaBits
	return Float64frombits(bits), exp
}

// Ldexp is the inverse of Frexp: frac × 2**exp. Ldexp(±0, exp) = ±0,
// Ldexp(±Inf, exp) = ±Inf, Ldexp(NaN, exp) = NaN.
func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || IsInf(frac, 0) || IsNaN(frac) {
		return frac
	}
	frac, shift := normalized(frac)
	exp += shift
	bits := Float64bits(frac)
	exp += biasedExponent(bits) - exponentBias
	if exp < -1075 {
		return Copysign(0, frac)
	}
	if exp > 1023 {
		if frac < 0 {
			return Inf(-1)
		}
		return Inf(1)
	}
	scale := 1.0
	if exp < -1022 {
		// subnormal: build the value 2**53 too large, then scale it down
		// in one rounding multiplication
		exp += 53
		scale = 0x1p-53
	}
	bits = bits&^(exponentMask<<mantissaBits) | uint64(exp+exponentBias)<<mantissaBits
	return scale * Float64frombits(bits)
}

// Modf returns integer and fractional floating-point numbers that sum to f,
// both with f's sign. Modf(±Inf) = ±Inf, NaN; Modf(NaN) = NaN, NaN.
func Modf(f float64) (int float64, frac float64) {
	if f < 1 {
		switch {
		case f < 0:
			int, frac = Modf(-f)
			return -int, -frac
		case f == 0:
			return f, f
		}
		return 0, f
	}
	bits := Float64bits(f)
	e := uint(bits>>mantissaBits)&exponentMask - exponentBias
	if e < 64-12 {
		bits &^= 1<<(64-12-e) - 1 // clear the fraction's bits
	}
	int = Float64frombits(bits)
	return int, f - int
}

// Logb returns the binary exponent of x. Logb(±Inf) = +Inf, Logb(0) = -Inf,
// Logb(NaN) = NaN.
func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case IsInf(x, 0):
		return Inf(1)
	case IsNaN(x):
		return x
	}
	return float64(binaryExponent(x))
}

// Ilogb returns the binary exponent of x as an integer. Ilogb(±Inf) =
// MaxInt32, Ilogb(0) = MinInt32, Ilogb(NaN) = MaxInt32.
func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case IsNaN(x) || IsInf(x, 0):
		return MaxInt32
	}
	return binaryExponent(x)
}

func binaryExponent(x float64) int {
	x, shift := normalized(x)
	return biasedExponent(Float64bits(x)) - exponentBias + shift
}

// Nextafter returns the next representable float64 after x towards y.
// Nextafter(x, x) = x; Nextafter(NaN, y) = Nextafter(x, NaN) = NaN.
func Nextafter(x, y float64) (r float64) {
	switch {
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == y:
		return x
	case x == 0:
		return Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0):
		return Float64frombits(Float64bits(x) + 1)
	}
	return Float64frombits(Float64bits(x) - 1)
}

// Nextafter32 returns the next representable float32 after x towards y.
// Nextafter32(x, x) = x; Nextafter32(NaN, y) = Nextafter32(x, NaN) = NaN.
func Nextafter32(x, y float32) (r float32) {
	switch {
	case IsNaN(float64(x)) || IsNaN(float64(y)):
		return float32(NaN())
	case x == y:
		return x
	case x == 0:
		return float32(Copysign(float64(Float32frombits(1)), float64(y)))
	case (y > x) == (x > 0):
		return Float32frombits(Float32bits(x) + 1)
	}
	return Float32frombits(Float32bits(x) - 1)
}
