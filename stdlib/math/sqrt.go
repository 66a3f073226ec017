package math

// Sqrt returns the square root of x. Sqrt(+Inf) = +Inf, Sqrt(±0) = ±0,
// Sqrt(x < 0) = NaN, Sqrt(NaN) = NaN.
func Sqrt(x float64) float64

// FMA returns x * y + z, computed with only one rounding.
func FMA(x, y, z float64) float64 {
	// a NaN operand gives the first NaN of x, y, z, quietened, as gc's
	// VFMADD231SD does (a library fma may take another's payload)
	for _, operand := range [3]float64{x, y, z} {
		if IsNaN(operand) {
			return Float64frombits(Float64bits(operand) | quietBit)
		}
	}
	return fmaInstruction(x, y, z)
}

// fmaInstruction is LLVM's fma: one instruction where the CPU has FMA, a
// correctly rounded library call elsewhere.
func fmaInstruction(x, y, z float64) float64

// Hypot returns Sqrt(p*p + q*q), taking care to avoid unnecessary overflow
// and underflow. Hypot(±Inf, q) = +Inf, Hypot(p, ±Inf) = +Inf,
// Hypot(NaN, q) = NaN, Hypot(p, NaN) = NaN.
func Hypot(p, q float64) float64 {
	if IsInf(p, 0) || IsInf(q, 0) {
		return Inf(1)
	}
	if IsNaN(p) || IsNaN(q) {
		return NaN()
	}
	large, small := Abs(p), Abs(q)
	if large < small {
		large, small = small, large
	}
	if large == 0 {
		return 0
	}
	ratio := small / large
	return large * Sqrt(1+ratio*ratio)
}

// Cbrt returns the cube root of x. Cbrt(±0) = ±0, Cbrt(±Inf) = ±Inf,
// Cbrt(NaN) = NaN.
func Cbrt(x float64) float64 {
	// FreeBSD's method: a first guess from the exponent divided by three
	// (bias constants (682-0.03306235651)·2**20 and (664-...)·2**20), a
	// rational step to 23 bits, rounded to 22 bits, then one Newton step.
	const (
		bias1          = 715094163
		bias2          = 696219795
		c              = 5.42857142857142815906e-01  // 19/35
		d              = -7.05306122448979611050e-01 // -864/1225
		e              = 1.41428571428571436819e+00  // 99/70
		f              = 1.60714285714285720630e+00  // 45/28
		g              = 3.57142857142857150787e-01  // 5/14
		smallestNormal = 0x1p-1022
	)
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	negative := x < 0
	x = Abs(x)
	t := Float64frombits(Float64bits(x)/3 + bias1<<32)
	if x < smallestNormal {
		t = 1 << 54
		t *= x
		t = Float64frombits(Float64bits(t)/3 + bias2<<32)
	}
	r := t * t / x
	s := c + r*t
	t *= g + f/(s+e+d/s)
	t = Float64frombits(Float64bits(t)&(0xFFFFFFFFC<<28) + 1<<30)
	s = t * t
	r = x / s
	w := t + t
	r = (r - t) / (w + r)
	t = t + t*r
	if negative {
		t = -t
	}
	return t
}

// Powers of ten exactly representable (10**0..10**31) and every 32nd one.
var (
	smallPowersOf10 = [...]float64{
		1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09,
		1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
		1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
		1e30, 1e31,
	}
	largePowersOf10 = [...]float64{
		1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288,
	}
	largeInversePowersOf10 = [...]float64{
		1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320,
	}
)

// Pow10 returns 10**n, the base-10 exponential of n. Pow10(n) = 0 for
// n < -323, +Inf for n > 308.
func Pow10(n int) float64 {
	switch {
	case 0 <= n && n <= 308:
		return largePowersOf10[uint(n)/32] * smallPowersOf10[uint(n)%32]
	case -323 <= n && n <= 0:
		return largeInversePowersOf10[uint(-n)/32] / smallPowersOf10[uint(-n)%32]
	case n > 0:
		return Inf(1)
	}
	return 0
}
