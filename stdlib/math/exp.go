package math

// useFMA tells Exp which of gc's two amd64 instruction sequences to follow:
// gc takes the fused multiply-add one when the CPU has AVX and FMA.
var useFMA = cpuHasFMA()

// cpuHasFMA is supplied by minigo's runtime (runtime_cpu_has_fma).
func cpuHasFMA() bool

// Exp returns e**x, the base-e exponential of x. Exp(+Inf) = +Inf,
// Exp(NaN) = NaN; very large values overflow to 0 or +Inf.
//
// This is the computation gc's amd64 assembly makes (after Shibata, "Efficient
// evaluation methods of elementary functions suitable for SIMD computation",
// ISC 2010): x = k·ln2 + r with k rounded to nearest, r/16 into the Taylor
// series of e**r - 1 up to r**8/8!, squared back four times, scaled by 2**k.
func Exp(x float64) float64 {
	const (
		overflow = 7.09782712893384e+02
		ln2Upper = 0.69314718055966295651160180568695068359375 // ln2's top bits
		ln2Lower = 0.28235290563031577122588448175013436025525412068e-12
	)
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return 0
	case x > overflow:
		return Inf(1)
	}
	k := RoundToEven(x * Log2E)
	if k < -1075 {
		return 0 // below the subnormals (gc's int32 conversion lands here too)
	}
	var r float64
	if useFMA {
		r = fmaInstruction(-k, ln2Upper, x)
		r = fmaInstruction(-k, ln2Lower, r) * 0.0625
		r *= taylorfmaInstruction(r)
		r *= r + 2
		r *= r + 2
		r *= r + 2
		r = fmaInstruction(r, r+2, 1)
	} else {
		r = x - ln2Upper*k
		r = (r - ln2Lower*k) * 0.0625
		r *= taylor(r)
		r *= r + 2
		r *= r + 2
		r *= r + 2
		r *= r + 2
		r++
	}
	return scaleByPowerOf2(r, int(k))
}

// The Taylor coefficients 1/n! of e**r, n = 3..8 (Shibata's table).
const (
	inverseFactorial3 = 1.6666666666666666667e-1
	inverseFactorial4 = 4.1666666666666666667e-2
	inverseFactorial5 = 8.3333333333333333333e-3
	inverseFactorial6 = 1.3888888888888888889e-3
	inverseFactorial7 = 1.9841269841269841270e-4
	inverseFactorial8 = 2.4801587301587301587e-5
)

// taylor is (e**r - 1)/r to r**7/8!, each step a multiply and an add.
func taylor(r float64) float64 {
	p := inverseFactorial8*r + inverseFactorial7
	p = p*r + inverseFactorial6
	p = p*r + inverseFactorial5
	p = p*r + inverseFactorial4
	p = p*r + inverseFactorial3
	p = p*r + 0.5
	return p*r + 1
}

// taylorFMA is taylor with each step one fused multiply-add.
func taylorfmaInstruction(r float64) float64 {
	p := fmaInstruction(inverseFactorial8, r, inverseFactorial7)
	p = fmaInstruction(p, r, inverseFactorial6)
	p = fmaInstruction(p, r, inverseFactorial5)
	p = fmaInstruction(p, r, inverseFactorial4)
	p = fmaInstruction(p, r, inverseFactorial3)
	p = fmaInstruction(p, r, 0.5)
	return fmaInstruction(p, r, 1)
}

// scaleByPowerOf2 is gc's amd64 last step of Exp, r·2**k for k >= -1075:
// one multiplication by 2**k built in the exponent field, or, when 2**k is
// subnormal, two (by 2**(k+1022) then 2**-1022), +Inf past the exponents.
func scaleByPowerOf2(r float64, k int) float64 {
	e := k + exponentBias
	if e <= 0 {
		if e < -52 {
			return 0
		}
		r *= Float64frombits(uint64(e+exponentBias-1) << mantissaBits)
		e = 1
	}
	if e >= exponentMask {
		return Inf(1)
	}
	return r * Float64frombits(uint64(e)<<mantissaBits)
}

// Exp2 returns 2**x, the base-2 exponential of x. Exp2(+Inf) = +Inf,
// Exp2(NaN) = NaN; very large values overflow to 0 or +Inf.
func Exp2(x float64) float64 {
	const (
		ln2Hi     = 6.93147180369123816490e-01
		ln2Lo     = 1.90821492927058770002e-10
		overflow  = 1.0239999999999999e+03
		underflow = -1.0740e+03
	)
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case IsInf(x, -1) || x < underflow:
		return 0
	case x > overflow:
		return Inf(1)
	}
	// x = k + t, |t| <= ½; 2**t = e**(t·ln2)
	k := roundHalfAway(x)
	t := x - float64(k)
	return expReduced(t*ln2Hi, -t*ln2Lo, k)
}

// roundHalfAway is x rounded to the nearest int, halves away from zero, by
// adding ½ and truncating.
func roundHalfAway(x float64) int {
	switch {
	case x > 0:
		return int(x + 0.5)
	case x < 0:
		return int(x - 0.5)
	}
	return 0
}

// expReduced is e**(hi-lo) × 2**k for a small hi-lo (fdlibm's e**r by a
// rational approximation with the Remez polynomial R(r²) of degree 5).
func expReduced(hi, lo float64, k int) float64 {
	const (
		p1 = 1.66666666666666657415e-01
		p2 = -2.77777777770155933842e-03
		p3 = 6.61375632143793436117e-05
		p4 = -1.65339022054652515390e-06
		p5 = 4.13813679705723846039e-08
	)
	r := hi - lo
	t := r * r
	c := r - t*(p1+t*(p2+t*(p3+t*(p4+t*p5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return Ldexp(y, k)
}

// Expm1 returns e**x - 1, more accurate than Exp(x) - 1 for x near zero.
// Expm1(+Inf) = +Inf, Expm1(-Inf) = -1, Expm1(NaN) = NaN; very large values
// overflow to -1 or +Inf.
func Expm1(x float64) float64 {
	// fdlibm's method: x = k·ln2 + r, |r| <= ln2/2, with the correction c
	// of r's rounding; e**r - 1 from a rational function of r in which
	// R1(r²) is a degree-5 polynomial; then scaled back by 2**k.
	const (
		overflow  = 7.09782712893383973096e+02
		ln2X56    = 3.88162421113569373274e+01
		ln2HalfX3 = 1.03972077083991796413e+00
		ln2Half   = 3.46573590279972654709e-01
		ln2Hi     = 6.93147180369123816490e-01
		ln2Lo     = 1.90821492927058770002e-10
		invLn2    = 1.44269504088896338700e+00
		tiny      = 0x1p-54
		q1        = -3.33333333333331316428e-02
		q2        = 1.58730158725481460165e-03
		q3        = -7.93650757867487942473e-05
		q4        = 4.00821782732936239552e-06
		q5        = -2.01099218183624371326e-07
	)
	switch {
	case IsInf(x, 1) || IsNaN(x):
		return x
	case IsInf(x, -1):
		return -1
	}
	negative := x < 0
	a := Abs(x)
	if a >= ln2X56 {
		if negative {
			return -1
		}
		if a >= overflow {
			return Inf(1)
		}
	}
	var c float64
	k := 0
	switch {
	case a > ln2Half:
		var hi, lo float64
		switch {
		case a < ln2HalfX3 && !negative:
			hi, lo, k = x-ln2Hi, ln2Lo, 1
		case a < ln2HalfX3:
			hi, lo, k = x+ln2Hi, -ln2Lo, -1
		default:
			if negative {
				k = int(invLn2*x - 0.5)
			} else {
				k = int(invLn2*x + 0.5)
			}
			t := float64(k)
			hi = x - t*ln2Hi
			lo = t * ln2Lo
		}
		x = hi - lo
		c = (hi - x) - lo
	case a < tiny:
		return x
	}
	halfX := 0.5 * x
	halfSquare := x * halfX
	r1 := 1 + halfSquare*(q1+halfSquare*(q2+halfSquare*(q3+halfSquare*(q4+halfSquare*q5))))
	t := 3 - r1*halfX
	e := halfSquare * ((r1 - t) / (6.0 - x*t))
	if k == 0 {
		return x - (x*e - halfSquare)
	}
	e = x*(e-c) - c
	e -= halfSquare
	switch {
	case k == -1:
		return 0.5*(x-e) - 0.5
	case k == 1:
		if x < -0.25 {
			return -2 * (e - (x + 0.5))
		}
		return 1 + 2*(x-e)
	case k <= -2 || k > 56:
		y := 1 - (e - x)
		return addToExponent(y, k) - 1
	case k < 20:
		t := Float64frombits(0x3ff0000000000000 - (0x20000000000000 >> uint(k))) // 1-2**-k
		return addToExponent(t-(e-x), k)
	}
	t = Float64frombits(uint64(0x3ff-k) << 52) // 2**-k
	y := x - (e + t)
	y++
	return addToExponent(y, k)
}

// addToExponent multiplies a normal y by 2**k by adding k to its exponent
// field (no rounding, no range check).
func addToExponent(y float64, k int) float64 {
	return Float64frombits(Float64bits(y) + uint64(k)<<mantissaBits)
}
