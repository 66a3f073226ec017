package math

import "internal/pibits"

// Sin, Cos, Sincos and Tan follow Cephes: the argument reduced to
// z in [-π/4, π/4] and its octant, then a polynomial in z².

// Arguments at least this large are reduced with the bits of 4/π (Payne
// and Hanek's method): subtracting multiples of π/4 split in three parts
// loses too much there.
const reduceThreshold = 1 << 29

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
	j = uint64(x * (4 / Pi))
	y := float64(j)
	if j&1 == 1 {
		j++
		y++
	}
	j &= 7
	return j, ((x - y*piOver4A) - y*piOver4B) - y*piOver4C
}

// reduceLarge is octant for x >= reduceThreshold: the fraction of x·4/π
// from 192 bits of 4/π around x's exponent, the octant from its integer part.
func reduceLarge(x float64) (j uint64, z float64) {
	hi, lo := pibits.Product(Float64bits(x), pibits.FourOverPi[:], 61)
	j = hi >> 61
	hi = hi<<3 | lo>>61
	z = Float64frombits(pibits.FractionBits(hi, lo))
	if j&1 == 1 {
		j++
		j &= 7
		z--
	}
	return j, z * (Pi / 4)
}

// Sincos returns Sin(x), Cos(x). Sincos(±0) = ±0, 1; Sincos(±Inf) = NaN,
// NaN; Sincos(NaN) = NaN, NaN.
func Sincos(x float64) (sin, cos float64) {
	switch {
	case x == 0:
		return x, 1
	case IsNaN(x) || IsInf(x, 0):
		return NaN(), NaN()
	}
	sinNegative, cosNegative := x < 0, false
	j, z := octant(Abs(x))
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

// Sin returns the sine of the radian argument x. Sin(±0) = ±0,
// Sin(±Inf) = NaN, Sin(NaN) = NaN.
func Sin(x float64) float64 {
	switch {
	case x == 0 || IsNaN(x):
		return x
	case IsInf(x, 0):
		return NaN()
	}
	negative := x < 0
	j, z := octant(Abs(x))
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

// Cos returns the cosine of the radian argument x. Cos(±Inf) = NaN,
// Cos(NaN) = NaN.
func Cos(x float64) float64 {
	if IsNaN(x) || IsInf(x, 0) {
		return NaN()
	}
	negative := false
	j, z := octant(Abs(x))
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

// Tangent's rational function on [-π/4, π/4] (Cephes): P(z²)/Q(z²).
var (
	tanNumerator = [...]float64{
		-1.30936939181383777646e4,
		1.15351664838587416140e6,
		-1.79565251976484877988e7,
	}
	tanDenominator = [...]float64{
		1.36812963470692954678e4,
		-1.32089234440210967447e6,
		2.50083801823357915839e7,
		-5.38695755929454629881e7,
	}
)

// Tan returns the tangent of the radian argument x. Tan(±0) = ±0,
// Tan(±Inf) = NaN, Tan(NaN) = NaN.
func Tan(x float64) float64 {
	switch {
	case x == 0 || IsNaN(x):
		return x
	case IsInf(x, 0):
		return NaN()
	}
	negative := x < 0
	j, z := octant(Abs(x))
	zz := z * z
	y := z
	if zz > 1e-14 {
		p, q := &tanNumerator, &tanDenominator
		y = z + z*(zz*(((p[0]*zz)+p[1])*zz+p[2])/((((zz+q[0])*zz+q[1])*zz+q[2])*zz+q[3]))
	}
	if j&2 == 2 {
		y = -1 / y
	}
	if negative {
		y = -y
	}
	return y
}
