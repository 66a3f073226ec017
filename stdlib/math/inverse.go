package math

// Atan, Atan2, Asin and Acos follow Cephes: arctan from a rational function
// on [0, 0.66] after folding the argument with tan(π/8) and tan(3π/8).

// atanKernel is arctan on [0, 0.66]: x + x·z·P(z)/Q(z), z = x².
func atanKernel(x float64) float64 {
	const (
		p0 = -8.750608600031904122785e-01
		p1 = -1.615753718733365076637e+01
		p2 = -7.500855792314704667340e+01
		p3 = -1.228866684490136173410e+02
		p4 = -6.485021904942025371773e+01
		q0 = +2.485846490142306297962e+01
		q1 = +1.650270098316988542046e+02
		q2 = +4.328810604912902668951e+02
		q3 = +4.853903996359136964868e+02
		q4 = +1.945506571482613964425e+02
	)
	z := x * x
	z = z * ((((p0*z+p1)*z+p2)*z+p3)*z + p4) / (((((z+q0)*z+q1)*z+q2)*z+q3)*z + q4)
	return x*z + x
}

// atanPositive is arctan for x >= 0, folding x into the kernel's range with
// tan(π/8) and tan(3π/8) as the bounds.
func atanPositive(x float64) float64 {
	const (
		piOver2Rest = 6.123233995736765886130e-17 // π/2 - float64(π/2)
		tan3PiOver8 = 2.41421356237309504880
	)
	switch {
	case x <= 0.66:
		return atanKernel(x)
	case x > tan3PiOver8:
		return Pi/2 - atanKernel(1/x) + piOver2Rest
	}
	return Pi/4 + atanKernel((x-1)/(x+1)) + 0.5*piOver2Rest
}

// Atan returns the arctangent, in radians, of x. Atan(±0) = ±0,
// Atan(±Inf) = ±Pi/2.
func Atan(x float64) float64 {
	switch {
	case x == 0:
		return x
	case x > 0:
		return atanPositive(x)
	}
	return -atanPositive(-x)
}

// Atan2 returns the arc tangent of y/x, using the signs of the two to
// determine the quadrant of the return value, with IEEE 754's special cases
// (Atan2(y, NaN) = NaN, Atan2(+0, x>=0) = +0, Atan2(+0, x<=-0) = +Pi, ...).
func Atan2(y, x float64) float64 {
	switch {
	case IsNaN(y) || IsNaN(x):
		return NaN()
	case y == 0:
		if x >= 0 && !Signbit(x) {
			return Copysign(0, y)
		}
		return Copysign(Pi, y)
	case x == 0:
		return Copysign(Pi/2, y)
	case IsInf(x, 1):
		if IsInf(y, 0) {
			return Copysign(Pi/4, y)
		}
		return Copysign(0, y)
	case IsInf(x, -1):
		if IsInf(y, 0) {
			return Copysign(3*Pi/4, y)
		}
		return Copysign(Pi, y)
	case IsInf(y, 0):
		return Copysign(Pi/2, y)
	}
	angle := Atan(y / x)
	if x >= 0 {
		return angle
	}
	if angle <= 0 {
		return angle + Pi
	}
	return angle - Pi
}

// Asin returns the arcsine, in radians, of x. Asin(±0) = ±0,
// Asin(x) = NaN for |x| > 1.
func Asin(x float64) float64 {
	if x == 0 {
		return x
	}
	magnitude, negative := absolute(x) // not Abs: a NaN keeps its sign
	if magnitude > 1 {
		return NaN()
	}
	root := Sqrt(1 - magnitude*magnitude)
	var result float64
	if magnitude > 0.7 {
		result = Pi/2 - atanPositive(root/magnitude)
	} else {
		result = atanPositive(magnitude / root)
	}
	if negative {
		return -result
	}
	return result
}

// Acos returns the arccosine, in radians, of x. Acos(x) = NaN for |x| > 1.
func Acos(x float64) float64 { return Pi/2 - Asin(x) }
