package math

// The hyperbolic functions and their inverses: Cephes' Sinh and Tanh,
// fdlibm's Asinh, Acosh and Atanh.

// absolute is -x and true for x < 0, else x (a -0 or NaN unchanged) and
// false: the sign handling of gc's odd functions, which keeps -0 a -0.
func absolute(x float64) (float64, bool) {
	if x < 0 {
		return -x, true
	}
	return x, false
}

// Asinh returns the inverse hyperbolic sine of x. Asinh(±0) = ±0,
// Asinh(±Inf) = ±Inf, Asinh(NaN) = NaN.
func Asinh(x float64) float64 {
	const (
		ln2      = 6.93147180559945286227e-01
		nearZero = 1.0 / (1 << 28)
		large    = 1 << 28
	)
	if IsNaN(x) || IsInf(x, 0) {
		return x
	}
	a, negative := absolute(x)
	var result float64
	switch {
	case a > large:
		result = Log(a) + ln2
	case a > 2:
		result = Log(2*a + 1/(Sqrt(a*a+1)+a))
	case a < nearZero:
		result = a
	default:
		result = Log1p(a + a*a/(1+Sqrt(1+a*a)))
	}
	if negative {
		return -result
	}
	return result
}

// Atanh returns the inverse hyperbolic tangent of x. Atanh(1) = +Inf,
// Atanh(±0) = ±0, Atanh(-1) = -Inf, Atanh(x) = NaN for x outside [-1, 1].
func Atanh(x float64) float64 {
	const nearZero = 1.0 / (1 << 28)
	switch {
	case x < -1 || x > 1 || IsNaN(x):
		return NaN()
	case x == 1:
		return Inf(1)
	case x == -1:
		return Inf(-1)
	}
	a, negative := absolute(x)
	var result float64
	switch {
	case a < nearZero:
		result = a
	case a < 0.5:
		twice := a + a
		result = 0.5 * Log1p(twice+twice*a/(1-a))
	default:
		result = 0.5 * Log1p((a+a)/(1-a))
	}
	if negative {
		return -result
	}
	return result
}

// Sinh returns the hyperbolic sine of x. Sinh(±0) = ±0, Sinh(±Inf) = ±Inf,
// Sinh(NaN) = NaN.
func Sinh(x float64) float64 {
	const (
		p0 = -0.6307673640497716991184787251e+6
		p1 = -0.8991272022039509355398013511e+5
		p2 = -0.2894211355989563807284660366e+4
		p3 = -0.2630563213397497062819489e+2
		q0 = -0.6307673640497716991212077277e+6
		q1 = 0.1521517378790019070696485176e+5
		q2 = -0.173678953558233699533450911e+3
	)
	a, negative := absolute(x)
	var result float64
	switch {
	case a > 21:
		result = Exp(a) * 0.5
	case a > 0.5:
		e := Exp(a)
		result = (e - 1/e) * 0.5
	default:
		square := a * a
		result = (((p3*square+p2)*square+p1)*square + p0) * a
		result = result / (((square+q2)*square+q1)*square + q0)
	}
	if negative {
		return -result
	}
	return result
}

// Cosh returns the hyperbolic cosine of x. Cosh(±0) = 1, Cosh(±Inf) = +Inf,
// Cosh(NaN) = NaN.
func Cosh(x float64) float64 {
	a := Abs(x)
	if a > 21 {
		return Exp(a) * 0.5
	}
	e := Exp(a)
	return (e + 1/e) * 0.5
}

// Tanh returns the hyperbolic tangent of x. Tanh(±0) = ±0, Tanh(±Inf) = ±1,
// Tanh(NaN) = NaN.
func Tanh(x float64) float64 {
	const maxLog = 8.8029691931113054295988e+01 // log(2**127)
	const (
		p0 = -9.64399179425052238628e-1
		p1 = -9.92877231001918586564e1
		p2 = -1.61468768441708447952e3
		q0 = 1.12811678491632931402e2
		q1 = 2.23548839060100448583e3
		q2 = 4.84406305325125486048e3
	)
	z := Abs(x)
	switch {
	case z > 0.5*maxLog:
		if x < 0 {
			return -1
		}
		return 1
	case z >= 0.625:
		s := Exp(2 * z)
		z = 1 - 2/(s+1)
		if x < 0 {
			z = -z
		}
		return z
	case x == 0:
		return x
	}
	s := x * x
	return x + x*s*((p0*s+p1)*s+p2)/(((s+q0)*s+q1)*s+q2)
}

// Acosh returns the inverse hyperbolic cosine of x. Acosh(+Inf) = +Inf,
// Acosh(x) = NaN for x < 1, Acosh(NaN) = NaN.
func Acosh(x float64) float64 {
	const large = 1 << 28
	switch {
	case x < 1 || IsNaN(x):
		return NaN()
	case x == 1:
		return 0
	case x >= large:
		return Log(x) + Ln2
	case x > 2:
		return Log(2*x - 1/(x+Sqrt(x*x-1)))
	}
	t := x - 1
	return Log1p(t + Sqrt(2*t+t*t))
}
