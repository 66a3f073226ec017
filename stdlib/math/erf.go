package math

// Erf and Erfc follow fdlibm: on [0, 0.84375) erf(x) = x + x·R(x²)/S(x²);
// on [0.84375, 1.25) erf(x) = erx + P(x-1)/Q(x-1), erx = erf(1) rounded to
// 24 bits; beyond, erfc(x) = exp(-x²-0.5625 + R(1/x²)/S(1/x²))/x with x²
// split so that exp's argument is exact enough.

// polynomial is c[0] + x·(c[1] + x·(c[2] + ...)), by Horner's rule.
func polynomial(x float64, c []float64) float64 {
	p := c[len(c)-1]
	for i := len(c) - 2; i >= 0; i-- {
		p = c[i] + x*p
	}
	return p
}

const (
	erx  = 8.45062911510467529297e-01
	efx  = 1.28379167095512586316e-01 // 2/√π - 1
	efx8 = 1.02703333676410069053e+00 // 8·efx
)

// The rational approximations' coefficients, constant term first; each
// denominator's constant term is 1.
var (
	erfSmallP = [...]float64{
		1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02,
		-5.77027029648944159157e-03, -2.37630166566501626084e-05}
	erfSmallQ = [...]float64{1,
		3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03,
		1.32494738004321644526e-04, -3.96022827877536812320e-06}
	erfNearOneP = [...]float64{
		-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01,
		3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02,
		-2.16637559486879084300e-03}
	erfNearOneQ = [...]float64{1,
		1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02,
		1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02}
	erfcMiddleR = [...]float64{
		-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01,
		-6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02,
		-8.12874355063065934246e+01, -9.81432934416914548592e+00}
	erfcMiddleS = [...]float64{1,
		1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02,
		6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02,
		6.57024977031928170135e+00, -6.04244152148580987438e-02}
	erfcLargeR = [...]float64{
		-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01,
		-1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03,
		-4.83519191608651397019e+02}
	erfcLargeS = [...]float64{1,
		3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03,
		3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02,
		-2.24409524465858183362e+01}
)

// erfSmallRatio is R(z)/S(z) of [0, 0.84375), z = x².
func erfSmallRatio(z float64) float64 {
	return polynomial(z, erfSmallP[:]) / polynomial(z, erfSmallQ[:])
}

// erfNearOne is P(s) and Q(s), s = x-1, of [0.84375, 1.25).
func erfNearOne(x float64) (p, q float64) {
	s := x - 1
	return polynomial(s, erfNearOneP[:]), polynomial(s, erfNearOneQ[:])
}

// erfcTail is erfc(x) for x >= 1.25 (where the caller has not already
// settled it): the middle range's approximation below 1/0.35, the large's
// beyond.
func erfcTail(x float64) float64 {
	s := 1 / (x * x)
	var r, q float64
	if x < 1/0.35 {
		r, q = polynomial(s, erfcMiddleR[:]), polynomial(s, erfcMiddleS[:])
	} else {
		r, q = polynomial(s, erfcLargeR[:]), polynomial(s, erfcLargeS[:])
	}
	z := Float64frombits(Float64bits(x) & 0xffffffff00000000) // x to 21 bits: z² exact
	return Exp(-z*z-0.5625) * Exp((z-x)*(z+x)+r/q) / x
}

// Erf returns the error function of x. Erf(+Inf) = 1, Erf(-Inf) = -1,
// Erf(NaN) = NaN.
func Erf(x float64) float64 {
	const (
		veryTiny = 2.848094538889218e-306 // 0x0080000000000000
		small    = 0x1p-28
	)
	switch {
	case IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 1
	case IsInf(x, -1):
		return -1
	}
	a, negative := absolute(x)
	var result float64
	switch {
	case a < veryTiny:
		result = 0.125 * (8.0*a + efx8*a) // no underflow in efx·a
	case a < small:
		result = a + efx*a
	case a < 0.84375:
		result = a + a*erfSmallRatio(a*a)
	case a < 1.25:
		p, q := erfNearOne(a)
		if negative {
			return -erx - p/q
		}
		return erx + p/q
	case a >= 6:
		result = 1
	default:
		r := erfcTail(a)
		if negative {
			return r - 1
		}
		return 1 - r
	}
	if negative {
		return -result
	}
	return result
}

// Erfc returns the complementary error function of x, 1 - Erf(x).
// Erfc(+Inf) = 0, Erfc(-Inf) = 2, Erfc(NaN) = NaN.
func Erfc(x float64) float64 {
	const tiny = 0x1p-56
	switch {
	case IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case IsInf(x, -1):
		return 2
	}
	a, negative := absolute(x)
	switch {
	case a < 0.84375:
		erf := a
		if a >= tiny {
			y := erfSmallRatio(a * a)
			if a < 0.25 {
				erf = a + a*y
			} else {
				erf = 0.5 + (a*y + (a - 0.5))
			}
		}
		if negative {
			return 1 + erf
		}
		return 1 - erf
	case a < 1.25:
		p, q := erfNearOne(a)
		if negative {
			return 1 + erx + p/q
		}
		return 1 - erx - p/q
	case a < 28:
		if negative && a > 6 && a >= 1/0.35 {
			return 2
		}
		r := erfcTail(a)
		if negative {
			return 2 - r
		}
		return r
	}
	if negative {
		return 2
	}
	return 0
}

// Erfinv's rational approximations (Wichura's algorithm AS241, PPND16),
// constant term first: on |x| <= 0.85 in r = 0.180625 - x²/4, beyond in
// r = √(ln2 - log(1-|x|)) - 1.6 up to 5, r - 5 past it.
var (
	erfinvCentralP = [...]float64{
		1.1975323115670912564578e0, 4.7072688112383978012285e1, 6.9706266534389598238465e2,
		4.8548868893843886794648e3, 1.6235862515167575384252e4, 2.3782041382114385731252e4,
		1.1819493347062294404278e4, 8.8709406962545514830200e2}
	erfinvCentralQ = [...]float64{
		1.0000000000000000000e0, 4.2313330701600911252e1, 6.8718700749205790830e2,
		5.3941960214247511077e3, 2.1213794301586595867e4, 3.9307895800092710610e4,
		2.8729085735721942674e4, 5.2264952788528545610e3}
	erfinvMiddleP = [...]float64{
		1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0,
		3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1,
		2.27238449892691845833e-2, 7.74545014278341407640e-4}
	erfinvMiddleQ = [...]float64{
		1.4142135623730950488016887e0, 2.9036514445419946173133295e0, 2.3707661626024532365971225e0,
		9.7547832001787427186894837e-1, 2.0945065210512749128288442e-1, 2.1494160384252876777097297e-2,
		7.7441459065157709165577218e-4, 1.4859850019840355905497876e-9}
	erfinvTailP = [...]float64{
		6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0,
		2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
		2.71155556874348757815e-5, 2.01033439929228813265e-7}
	erfinvTailQ = [...]float64{
		1.414213562373095048801689e0, 8.482908416595164588112026e-1, 1.936480946950659106176712e-1,
		2.103693768272068968719679e-2, 1.112800997078859844711555e-3, 2.611088405080593625138020e-5,
		2.010321207683943062279931e-7, 2.891024605872965461538222e-15}
)

// Erfinv returns the inverse error function of x. Erfinv(1) = +Inf,
// Erfinv(-1) = -Inf, Erfinv(x) = NaN for |x| > 1, Erfinv(NaN) = NaN.
func Erfinv(x float64) float64 {
	if IsNaN(x) || x <= -1 || x >= 1 {
		if x == -1 || x == 1 {
			return Inf(int(x))
		}
		return NaN()
	}
	a, negative := absolute(x)
	var result float64
	if a <= 0.85 {
		r := 0.180625 - 0.25*a*a
		result = (a * polynomial(r, erfinvCentralP[:])) / polynomial(r, erfinvCentralQ[:])
	} else {
		r := Sqrt(Ln2 - Log(1.0-a))
		if r <= 5.0 {
			r -= 1.6
			result = polynomial(r, erfinvMiddleP[:]) / polynomial(r, erfinvMiddleQ[:])
		} else {
			r -= 5.0
			result = polynomial(r, erfinvTailP[:]) / polynomial(r, erfinvTailQ[:])
		}
	}
	if negative {
		return -result
	}
	return result
}

// Erfcinv returns the inverse of Erfc(x). Erfcinv(0) = +Inf,
// Erfcinv(2) = -Inf, Erfcinv(x) = NaN for x outside [0, 2],
// Erfcinv(NaN) = NaN.
func Erfcinv(x float64) float64 { return Erfinv(1 - x) }
