package math

// Gamma follows Cephes: Stirling's formula above 33 (with the reflection
// formula for negative x), otherwise the recurrence Γ(x+1) = x·Γ(x) down or
// up to [2, 3) and a rational approximation there.

// Coefficients, constant term first.
var (
	gammaP = [...]float64{
		9.99999999999999996796e-01, 4.94214826801497100753e-01, 2.07448227648435975150e-01,
		4.76367800457137231464e-02, 1.04213797561761569935e-02, 1.19135147006586384913e-03,
		1.60119522476751861407e-04}
	gammaQ = [...]float64{
		1.00000000000000000320e+00, 7.14304917030273074085e-02, -2.34591795718243348568e-01,
		3.58236398605498653373e-02, 1.18139785222060435552e-02, -4.45641913851797240494e-03,
		5.39605580493303397842e-04, -2.31581873324120129819e-05}
	stirlingSeries = [...]float64{
		8.33333333333482257126e-02, 3.47222221605458667310e-03, -2.68132617805781232825e-03,
		-2.29549961613378126380e-04, 7.87311395793093628397e-04}
)

// stirling is Γ(x) for x > 33 as a product of two factors, so that the
// caller can avoid an overflow of the product.
func stirling(x float64) (float64, float64) {
	const (
		sqrtTwoPi   = 2.506628274631000502417
		maxStirling = 143.01608
	)
	if x > 200 {
		return Inf(1), 1
	}
	w := 1 / x
	w = 1 + w*polynomial(w, stirlingSeries[:])
	y1 := Exp(x)
	y2 := 1.0
	if x > maxStirling {
		// x**(x-½) would overflow: take it as a square
		v := Pow(x, 0.5*x-0.25)
		y1, y2 = v, v/y1
	} else {
		y1 = Pow(x, x-0.5) / y1
	}
	return y1, sqrtTwoPi * w * y2
}

// Gamma returns the Gamma function of x. Gamma(+Inf) = +Inf,
// Gamma(+0) = +Inf, Gamma(-0) = -Inf, Gamma(x) = NaN for integer x < 0,
// Gamma(-Inf) = NaN, Gamma(NaN) = NaN.
func Gamma(x float64) float64 {
	switch {
	case isNegativeInteger(x) || IsInf(x, -1) || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return Inf(1)
	case x == 0:
		if Signbit(x) {
			return Inf(-1)
		}
		return Inf(1)
	}
	q := Abs(x)
	if q > 33 {
		if x >= 0 {
			y1, y2 := stirling(x)
			return y1 * y2
		}
		return gammaReflected(q)
	}
	z := 1.0
	for x >= 3 {
		x = x - 1
		z = z * x
	}
	for x < 0 {
		if x > -1e-09 {
			return gammaNearZero(x, z)
		}
		z = z / x
		x = x + 1
	}
	for x < 2 {
		if x < 1e-09 {
			return gammaNearZero(x, z)
		}
		z = z / x
		x = x + 1
	}
	if x == 2 {
		return z
	}
	x = x - 2
	return z * polynomial(x, gammaP[:]) / polynomial(x, gammaQ[:])
}

// gammaReflected is Γ(-q) for q > 33, from Γ(-q)·Γ(q)·q·sin(πq) = -π.
func gammaReflected(q float64) float64 {
	p := Floor(q)
	sign := 1
	if int64(p)&1 == 0 {
		sign = -1
	}
	z := q - p
	if z > 0.5 {
		p = p + 1
		z = q - p
	}
	z = q * Sin(Pi*z)
	if z == 0 {
		return Inf(sign)
	}
	s1, s2 := stirling(q)
	a := Abs(z)
	if d := a * s1 * s2; !IsInf(d, 0) {
		z = Pi / d
	} else {
		z = Pi / a / s1 / s2
	}
	return float64(sign) * z
}

// gammaNearZero is z·Γ(x) for x within 1e-9 of 0: 1/(x(1+γx)).
func gammaNearZero(x, z float64) float64 {
	const euler = 0.57721566490153286060651209008240243104215933593992
	if x == 0 {
		return Inf(1)
	}
	return z / ((1 + euler*x) * x)
}

func isNegativeInteger(x float64) bool {
	if x < 0 {
		_, fraction := Modf(x)
		return fraction == 0
	}
	return false
}

// Lgamma's approximations (fdlibm), constant term first: on [2, 3) around
// its minimum and near 1 and 2, then from 2 to 8, and Stirling's series.
var (
	lgammaAEven = [...]float64{
		7.72156649015328655494e-02, 6.73523010531292681824e-02, 7.38555086081402883957e-03,
		1.19270763183362067845e-03, 2.20862790713908385557e-04, 2.52144565451257326939e-05}
	lgammaAOdd = [...]float64{
		3.22467033424113591611e-01, 2.05808084325167332806e-02, 2.89051383673415629091e-03,
		5.10069792153511336608e-04, 1.08011567247583939954e-04, 4.48640949618915160150e-05}
	lgammaR = [...]float64{1.0,
		1.39200533467621045958e+00, 7.21935547567138069525e-01, 1.71933865632803078993e-01,
		1.86459191715652901344e-02, 7.77942496381893596434e-04, 7.32668430744625636189e-06}
	lgammaS = [...]float64{
		-7.72156649015328655494e-02, 2.14982415960608852501e-01, 3.25778796408930981787e-01,
		1.46350472652464452805e-01, 2.66422703033638609560e-02, 1.84028451407337715652e-03,
		3.19475326584100867617e-05}
	// T's coefficients taken every third: from T0, from T1, from T2
	lgammaT0 = [...]float64{
		4.83836122723810047042e-01, -3.27885410759859649565e-02, 6.10053870246291332635e-03,
		-1.40346469989232843813e-03, 3.15632070903625950361e-04}
	lgammaT1 = [...]float64{
		-1.47587722994593911752e-01, 1.79706750811820387126e-02, -3.68452016781138256760e-03,
		8.81081882437654011382e-04, -3.12754168375120860518e-04}
	lgammaT2 = [...]float64{
		6.46249402391333854778e-02, -1.03142241298341437450e-02, 2.25964780900612472250e-03,
		-5.38595305356740546715e-04, 3.35529192635519073543e-04}
	lgammaU = [...]float64{
		-7.72156649015328655494e-02, 6.32827064025093366517e-01, 1.45492250137234768737e+00,
		9.77717527963372745603e-01, 2.28963728064692451092e-01, 1.33810918536787660377e-02}
	lgammaV = [...]float64{1.0,
		2.45597793713041134822e+00, 2.12848976379893395361e+00, 7.69285150456672783825e-01,
		1.04222645593369134254e-01, 3.21709242282423911810e-03}
	lgammaW = [...]float64{
		8.33333333333329678849e-02, -2.77777777728775536470e-03, 7.93650558643019558500e-04,
		-5.95187557450339963135e-04, 8.36339918996282139126e-04, -1.63092934096575273989e-03}
)

// Lgamma returns the natural logarithm and sign (-1 or +1) of Gamma(x).
// Lgamma(+Inf) = +Inf, Lgamma(0) = +Inf, Lgamma(-integer) = +Inf,
// Lgamma(-Inf) = -Inf, Lgamma(NaN) = NaN.
func Lgamma(x float64) (lgamma float64, sign int) {
	const (
		two52 = 1 << 52
		two58 = 1 << 58
		tiny  = 0x1p-70
	)
	switch {
	case IsNaN(x) || IsInf(x, 0):
		return x, 1
	case x == 0:
		return Inf(1), 1
	}
	sign = 1
	negative := x < 0
	x = Abs(x)
	if x < tiny {
		if negative {
			sign = -1
		}
		return -Log(x), sign
	}
	var reflection float64
	if negative {
		// Γ(-x)·Γ(x) = -π/(x·sin(πx))
		if x >= two52 {
			return Inf(1), sign
		}
		t := sinPi(x)
		if t == 0 {
			return Inf(1), sign
		}
		reflection = Log(Pi / Abs(t*x))
		if t < 0 {
			sign = -1
		}
	}
	switch {
	case x == 1 || x == 2:
		return 0, sign
	case x < 2:
		lgamma = lgammaBelow2(x)
	case x < 8:
		lgamma = lgammaBelow8(x)
	case x < two58:
		t := Log(x)
		z := 1 / x
		y := z * z
		w := 4.18938533204672725052e-01 + z*polynomial(y, lgammaW[:])
		lgamma = (x-0.5)*(t-1) + w
	default:
		lgamma = x * (Log(x) - 1)
	}
	if negative {
		lgamma = reflection - lgamma
	}
	return lgamma, sign
}

// lgammaBelow2 is log Γ(x) for 0 < x < 2 (x != 1), through log Γ(x+1) or
// log Γ(x) around 1, 2 and Γ's minimum at 1.4616...
func lgammaBelow2(x float64) float64 {
	const (
		minimum = 1.461632144968362245
		tc      = 1.46163214496836224576e+00  // x at Γ's minimum
		tf      = -1.21486290535849611461e-01 // log Γ there
		tt      = -3.63867699703950536541e-18 // tf's rounding error
	)
	var lgamma, y float64
	var method int
	if x <= 0.9 {
		lgamma = -Log(x)
		switch {
		case x >= minimum-1+0.27:
			y, method = 1-x, 0
		case x >= minimum-1-0.27:
			y, method = x-(tc-1), 1
		default:
			y, method = x, 2
		}
	} else {
		switch {
		case x >= minimum+0.27:
			y, method = 2-x, 0
		case x >= minimum-0.27:
			y, method = x-tc, 1
		default:
			y, method = x-1, 2
		}
	}
	switch method {
	case 0:
		z := y * y
		p1 := polynomial(z, lgammaAEven[:])
		p2 := z * polynomial(z, lgammaAOdd[:])
		p := y*p1 + p2
		lgamma += p - 0.5*y
	case 1:
		z := y * y
		w := z * y
		p1 := polynomial(w, lgammaT0[:])
		p2 := polynomial(w, lgammaT1[:])
		p3 := polynomial(w, lgammaT2[:])
		p := z*p1 - (tt - w*(p2+y*p3))
		lgamma += tf + p
	default:
		p1 := y * polynomial(y, lgammaU[:])
		p2 := polynomial(y, lgammaV[:])
		lgamma += -0.5*y + p1/p2
	}
	return lgamma
}

// lgammaBelow8 is log Γ(x) for 2 <= x < 8: log Γ(2+y) from a rational
// function of y = frac(x), plus log of (y+2)(y+3)... up to x-1.
func lgammaBelow8(x float64) float64 {
	i := int(x)
	y := x - float64(i)
	p := y * polynomial(y, lgammaS[:])
	q := polynomial(y, lgammaR[:])
	lgamma := 0.5*y + p/q
	if i >= 3 {
		z := 1.0
		for k := i - 1; k >= 2; k-- {
			z *= y + float64(k)
		}
		lgamma += Log(z)
	}
	return lgamma
}

// sinPi is -sin(πx) for x > 0, exactly 0 at the integers.
func sinPi(x float64) float64 {
	const (
		two52 = 1 << 52
		two53 = 1 << 53
	)
	if x < 0.25 {
		return -Sin(Pi * x)
	}
	z := Floor(x)
	var n int
	if z != x {
		x = Mod(x, 2)
		n = int(x * 4)
	} else {
		// an integer: its parity
		if x >= two53 {
			x, n = 0, 0
		} else {
			if x < two52 {
				z = x + two52 // the units bit in the mantissa's last place
			}
			n = int(1 & Float64bits(z))
			x = float64(n)
			n <<= 2
		}
	}
	switch n {
	case 0:
		x = Sin(Pi * x)
	case 1, 2:
		x = Cos(Pi * (0.5 - x))
	case 3, 4:
		x = Sin(Pi * (1 - x))
	case 5, 6:
		x = -Cos(Pi * (x - 1.5))
	default:
		x = Sin(Pi * (x - 2))
	}
	return -x
}
