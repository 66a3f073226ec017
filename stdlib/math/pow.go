package math

// isOddInt reports whether x is an odd integer.
func isOddInt(x float64) bool {
	whole, fraction := Modf(x)
	return fraction == 0 && int64(whole)&1 == 1
}

// Pow returns x**y, the base-x exponential of y, with IEEE 754's special
// cases (Pow(x, ±0) = 1, Pow(1, y) = 1, Pow(NaN, y) = NaN, Pow(±0, y<0)
// = ±Inf or +Inf, Pow(-1, ±Inf) = 1, Pow(x<0, non-integer) = NaN, ...).
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0:
		return powerOfZero(x, y)
	case IsInf(y, 0):
		return powerToInfinity(x, y > 0)
	case IsInf(x, 0):
		if IsInf(x, -1) {
			return Pow(1/x, -y) // (-Inf)**y = (-0)**-y
		}
		if y < 0 {
			return 0
		}
		return Inf(1)
	case y == 0.5:
		return Sqrt(x)
	case y == -0.5:
		return 1 / Sqrt(x)
	}
	whole, fraction := Modf(Abs(y))
	if fraction != 0 && x < 0 {
		return NaN()
	}
	if whole >= 1<<63 {
		// y is an even integer this large, and x**y is 0, 1 or +Inf
		return powerToInfinity(x, y > 0)
	}
	// x**y = x**fraction × x**whole, the first by Exp and Log (fraction in
	// (-½, ½]), the second by repeated squaring of x's mantissa with the
	// exponent kept apart in an int.
	product, exponent := 1.0, 0
	if fraction != 0 {
		if fraction > 0.5 {
			fraction--
			whole++
		}
		product = Exp(fraction * Log(x))
	}
	mantissa, mantissaExponent := Frexp(x)
	for i := int64(whole); i != 0; i >>= 1 {
		if mantissaExponent < -1<<12 || 1<<12 < mantissaExponent {
			// over- or underflows for sure: let Ldexp say which
			exponent += mantissaExponent
			break
		}
		if i&1 == 1 {
			product *= mantissa
			exponent += mantissaExponent
		}
		mantissa *= mantissa
		mantissaExponent <<= 1
		if mantissa < .5 {
			mantissa += mantissa
			mantissaExponent--
		}
	}
	if y < 0 {
		product = 1 / product
		exponent = -exponent
	}
	return Ldexp(product, exponent)
}

// powerOfZero is (±0)**y for y != 0 and not NaN.
func powerOfZero(zero, y float64) float64 {
	switch {
	case y < 0 && isOddInt(y):
		return Copysign(Inf(1), zero)
	case y < 0:
		return Inf(1)
	case isOddInt(y):
		return zero
	}
	return 0
}

// powerToInfinity is x**(±Inf) (positive: y > 0), or x to a huge even power.
func powerToInfinity(x float64, positive bool) float64 {
	switch {
	case x == -1:
		return 1
	case (Abs(x) < 1) == positive:
		return 0
	}
	return Inf(1)
}
