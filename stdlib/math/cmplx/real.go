package cmplx

// Real functions gc's math package has and minigo's math (still provided by
// the C runtime) does not yet: Hypot, Atan, Atan2, Asin, Asinh, Atanh, Sin,
// Cos, Sincos, Sinh, Cosh and Log1p. Each computes what gc's does, step for
// step in the same order (Cephes' polynomials, FreeBSD's log1p), so results
// agree to the bit wherever math.Exp, math.Log and math.Pow, which they call,
// do. They move to stdlib/math once math is written in Go.

import "math"

func hypot(p, q float64) float64 {
	if math.IsInf(p, 0) || math.IsInf(q, 0) {
		return math.Inf(1)
	}
	if math.IsNaN(p) || math.IsNaN(q) {
		return math.NaN()
	}
	large, small := math.Abs(p), math.Abs(q)
	if large < small {
		large, small = small, large
	}
	if large == 0 {
		return 0
	}
	ratio := small / large
	return large * math.Sqrt(1+ratio*ratio)
}

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
		return math.Pi/2 - atanKernel(1/x) + piOver2Rest
	}
	return math.Pi/4 + atanKernel((x-1)/(x+1)) + 0.5*piOver2Rest
}

func atan(x float64) float64 {
	switch {
	case x == 0:
		return x
	case x > 0:
		return atanPositive(x)
	}
	return -atanPositive(-x)
}

func atan2(y, x float64) float64 {
	switch {
	case math.IsNaN(y) || math.IsNaN(x):
		return math.NaN()
	case y == 0:
		if x >= 0 && !signbit(x) {
			return math.Copysign(0, y)
		}
		return math.Copysign(math.Pi, y)
	case x == 0:
		return math.Copysign(math.Pi/2, y)
	case math.IsInf(x, 1):
		if math.IsInf(y, 0) {
			return math.Copysign(math.Pi/4, y)
		}
		return math.Copysign(0, y)
	case math.IsInf(x, -1):
		if math.IsInf(y, 0) {
			return math.Copysign(3*math.Pi/4, y)
		}
		return math.Copysign(math.Pi, y)
	case math.IsInf(y, 0):
		return math.Copysign(math.Pi/2, y)
	}
	angle := atan(y / x)
	if x >= 0 {
		return angle
	}
	if angle <= 0 {
		return angle + math.Pi
	}
	return angle - math.Pi
}

// absolute is -x and true for x < 0, else x (a -0 or NaN unchanged) and
// false: the sign handling of gc's odd functions, which keeps -0 a -0.
func absolute(x float64) (float64, bool) {
	if x < 0 {
		return -x, true
	}
	return x, false
}

func signbit(x float64) bool { return math.Float64bits(x)>>63 != 0 }

func asin(x float64) float64 {
	if x == 0 {
		return x
	}
	magnitude := math.Abs(x)
	if magnitude > 1 {
		return math.NaN()
	}
	root := math.Sqrt(1 - magnitude*magnitude)
	var result float64
	if magnitude > 0.7 {
		result = math.Pi/2 - atanPositive(root/magnitude)
	} else {
		result = atanPositive(magnitude / root)
	}
	if x < 0 {
		return -result
	}
	return result
}

func asinh(x float64) float64 {
	const (
		ln2      = 6.93147180559945286227e-01
		nearZero = 1.0 / (1 << 28)
		large    = 1 << 28
	)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	a, negative := absolute(x)
	var result float64
	switch {
	case a > large:
		result = math.Log(a) + ln2
	case a > 2:
		result = math.Log(2*a + 1/(math.Sqrt(a*a+1)+a))
	case a < nearZero:
		result = a
	default:
		result = log1p(a + a*a/(1+math.Sqrt(1+a*a)))
	}
	if negative {
		return -result
	}
	return result
}

func atanh(x float64) float64 {
	const nearZero = 1.0 / (1 << 28)
	switch {
	case x < -1 || x > 1 || math.IsNaN(x):
		return math.NaN()
	case x == 1:
		return math.Inf(1)
	case x == -1:
		return math.Inf(-1)
	}
	a, negative := absolute(x)
	var result float64
	switch {
	case a < nearZero:
		result = a
	case a < 0.5:
		twice := a + a
		result = 0.5 * log1p(twice+twice*a/(1-a))
	default:
		result = 0.5 * log1p((a+a)/(1-a))
	}
	if negative {
		return -result
	}
	return result
}

// Sine and cosine polynomials on [-π/4, π/4] (Cephes).
var sinCoefficients = [6]float64{
	1.58962301576546568060e-10,
	-2.50507477628578072866e-8,
	2.75573136213857245213e-6,
	-1.98412698295895385996e-4,
	8.33333333332211858878e-3,
	-1.66666666666666307295e-1,
}

var cosCoefficients = [6]float64{
	-1.13585365213876817300e-11,
	2.08757008419747316778e-9,
	-2.75573141792967388112e-7,
	2.48015872888517045348e-5,
	-1.38888888888730564116e-3,
	4.16666666666665929218e-2,
}

func sinPolynomial(z, zz float64) float64 {
	c := &sinCoefficients
	return z + z*zz*((((((c[0]*zz)+c[1])*zz+c[2])*zz+c[3])*zz+c[4])*zz+c[5])
}

func cosPolynomial(zz float64) float64 {
	c := &cosCoefficients
	return 1.0 - 0.5*zz + zz*zz*((((((c[0]*zz)+c[1])*zz+c[2])*zz+c[3])*zz+c[4])*zz+c[5])
}

// octant reduces x >= 0 to z in [-π/4, π/4] and the octant j (0..7, even)
// with x = j·π/4 + z modulo 2π: by π/4 in three parts below 2**29, by the
// bits of 4/π beyond.
func octant(x float64) (j uint64, z float64) {
	const (
		piOver4A = 7.85398125648498535156e-1
		piOver4B = 3.77489470793079817668e-8
		piOver4C = 2.69515142907905952645e-15
	)
	if x >= reduceThreshold {
		return reduceLarge(x)
	}
	j = uint64(x * (4 / math.Pi))
	y := float64(j)
	if j&1 == 1 {
		j++
		y++
	}
	j &= 7
	return j, ((x - y*piOver4A) - y*piOver4B) - y*piOver4C
}

func sincos(x float64) (sin, cos float64) {
	switch {
	case x == 0:
		return x, 1
	case math.IsNaN(x) || math.IsInf(x, 0):
		return math.NaN(), math.NaN()
	}
	sinNegative, cosNegative := x < 0, false
	j, z := octant(math.Abs(x))
	if j > 3 {
		j -= 4
		sinNegative, cosNegative = !sinNegative, !cosNegative
	}
	if j > 1 {
		cosNegative = !cosNegative
	}
	zz := z * z
	cos = cosPolynomial(zz)
	sin = sinPolynomial(z, zz)
	if j == 1 || j == 2 {
		sin, cos = cos, sin
	}
	if cosNegative {
		cos = -cos
	}
	if sinNegative {
		sin = -sin
	}
	return sin, cos
}

func sin(x float64) float64 {
	switch {
	case x == 0 || math.IsNaN(x):
		return x
	case math.IsInf(x, 0):
		return math.NaN()
	}
	negative := x < 0
	j, z := octant(math.Abs(x))
	if j > 3 {
		negative = !negative
		j -= 4
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 {
		y = cosPolynomial(zz)
	} else {
		y = sinPolynomial(z, zz)
	}
	if negative {
		return -y
	}
	return y
}

func cos(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN()
	}
	negative := false
	j, z := octant(math.Abs(x))
	if j > 3 {
		j -= 4
		negative = !negative
	}
	if j > 1 {
		negative = !negative
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 {
		y = sinPolynomial(z, zz)
	} else {
		y = cosPolynomial(zz)
	}
	if negative {
		return -y
	}
	return y
}

func sinh(x float64) float64 {
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
		result = math.Exp(a) * 0.5
	case a > 0.5:
		e := math.Exp(a)
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

func cosh(x float64) float64 {
	a := math.Abs(x)
	if a > 21 {
		return math.Exp(a) * 0.5
	}
	e := math.Exp(a)
	return (e + 1/e) * 0.5
}
