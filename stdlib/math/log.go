package math

// fdlibm's ln2 split so that k·ln2Hi is exact for |k| < 2**11.
const (
	ln2Hi = 6.93147180369123816490e-01
	ln2Lo = 1.90821492927058770002e-10
)

// Log returns the natural logarithm of x. Log(+Inf) = +Inf, Log(0) = -Inf,
// Log(x < 0) = NaN, Log(NaN) = NaN.
//
// fdlibm's method, as gc's amd64 assembly computes it: x = 2**k × (1+f)
// with 1+f in (√2/2, √2], then log(1+f) = 2s + s·R(s²), s = f/(2+f). The
// assembly splits x by its bit fields alone (a subnormal x is not
// normalised first) and takes 1+f = √2/2 exactly into the upper range.
func Log(x float64) float64 {
	bits := Float64bits(x)
	switch {
	case bits&^signBit == 0:
		return Inf(-1)
	case bits&signBit != 0:
		return NaN() // negative, -NaN included
	case bits >= posInfBits:
		return x
	}
	f1 := Float64frombits(bits&mantissaMask | (exponentBias-1)<<mantissaBits)
	k := float64(biasedExponent(bits) - (exponentBias - 1))
	if f1 <= Sqrt2/2 {
		k--
		f1 *= 2
	}
	return logReduced(f1-1, k)
}

// logReduced is log(2**k × (1+f)).
func logReduced(f, k float64) float64 {
	const (
		l1 = 6.666666666666735130e-01
		l2 = 3.999999999940941908e-01
		l3 = 2.857142874366239149e-01
		l4 = 2.222219843214978396e-01
		l5 = 1.818357216161805012e-01
		l6 = 1.531383769920937332e-01
		l7 = 1.479819860511658591e-01
	)
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	odd := s2 * (l1 + s4*(l3+s4*(l5+s4*l7)))
	even := s4 * (l2 + s4*(l4+s4*l6))
	r := odd + even
	halfSquare := 0.5 * f * f
	return k*ln2Hi - ((halfSquare - (s*(halfSquare+r) + k*ln2Lo)) - f)
}

// Log10 returns the decimal logarithm of x, with Log's special cases.
func Log10(x float64) float64 { return Log(x) * (1 / Ln10) }

// Log2 returns the binary logarithm of x, with Log's special cases; exact
// for powers of two.
func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return Log(frac)*(1/Ln2) + float64(exp)
}

// Log1p returns the natural logarithm of 1 plus its argument x, more
// accurate than Log(1 + x) for x near zero. Log1p(+Inf) = +Inf,
// Log1p(±0) = ±0, Log1p(-1) = -Inf, Log1p(x < -1) = NaN, Log1p(NaN) = NaN.
func Log1p(x float64) float64 {
	// fdlibm's method: 1+x = 2**k × u, u in [√2/2, √2), with a correction
	// for the rounding of 1+x; log(u) as in Log with a degree-7 polynomial.
	const (
		sqrt2Minus1     = 4.142135623730950488017e-01
		sqrt2HalfMinus1 = -2.928932188134524755992e-01
		small           = 0x1p-29
		tiny            = 0x1p-54
		two53           = 1 << 53
		lp1             = 6.666666666666735130e-01
		lp2             = 3.999999999940941908e-01
		lp3             = 2.857142874366239149e-01
		lp4             = 2.222219843214978396e-01
		lp5             = 1.818357216161805012e-01
		lp6             = 1.531383769920937332e-01
		lp7             = 1.479819860511658591e-01
	)
	switch {
	case x < -1 || IsNaN(x):
		return NaN()
	case x == -1:
		return Inf(-1)
	case IsInf(x, 1):
		return Inf(1)
	}
	a := Abs(x)
	var f float64
	var iu uint64
	k := 1
	if a < sqrt2Minus1 {
		if a < small {
			if a < tiny {
				return x
			}
			return x - x*x*0.5
		}
		if x > sqrt2HalfMinus1 {
			k = 0
			f = x
			iu = 1
		}
	}
	var correction float64
	if k != 0 {
		var u float64
		if a < two53 {
			u = 1.0 + x
			iu = Float64bits(u)
			k = int((iu >> 52) - 1023)
			if k > 0 {
				correction = 1.0 - (u - x)
			} else {
				correction = x - (u - 1.0)
			}
			correction /= u
		} else {
			u = x
			iu = Float64bits(u)
			k = int((iu >> 52) - 1023)
			correction = 0
		}
		iu &= 0x000fffffffffffff
		if iu < 0x0006a09e667f3bcd {
			u = Float64frombits(iu | 0x3ff0000000000000)
		} else {
			k++
			u = Float64frombits(iu | 0x3fe0000000000000)
			iu = (0x0010000000000000 - iu) >> 2
		}
		f = u - 1.0
	}
	halfSquare := 0.5 * f * f
	kf := float64(k)
	if iu == 0 {
		if f == 0 {
			if k == 0 {
				return 0
			}
			correction += kf * ln2Lo
			return kf*ln2Hi + correction
		}
		r := halfSquare * (1.0 - 0.66666666666666666*f)
		if k == 0 {
			return f - r
		}
		return kf*ln2Hi - ((r - (kf*ln2Lo + correction)) - f)
	}
	s := f / (2.0 + f)
	z := s * s
	r := z * (lp1 + z*(lp2+z*(lp3+z*(lp4+z*(lp5+z*(lp6+z*lp7))))))
	if k == 0 {
		return f - (halfSquare - s*(halfSquare+r))
	}
	return kf*ln2Hi - ((halfSquare - (s*(halfSquare+r) + (kf*ln2Lo + correction))) - f)
}
