package cmplx

import (
	"math"
	"math/bits"
)

// Arguments at least this large are reduced with the bits of 4/π (Payne
// and Hanek's method): subtracting multiples of π/4 split in three parts
// loses too much there.
const reduceThreshold = 1 << 29

const (
	mantissaBits  = 52
	exponentMask  = 0x7FF
	exponentBias  = 1023
	mantissaLimit = 1<<mantissaBits - 1
)

// reduceLarge is octant for x >= reduceThreshold: the fraction of x·4/π
// from 192 bits of 4/π around x's exponent, the octant from its integer part.
func reduceLarge(x float64) (j uint64, z float64) {
	hi, lo := scaledFraction(x, fourOverPi[:], 61)
	j = hi >> 61
	hi = hi<<3 | lo>>61
	z = fractionFloat(hi, lo)
	if j&1 == 1 {
		j++
		j &= 7
		z--
	}
	return j, z * (math.Pi / 4)
}

// scaledFraction multiplies x's 53-bit mantissa by the 192 bits of table
// starting at x's exponent plus offset, keeping the top 128 bits of the
// product (the integer part beyond them is a multiple of the period).
func scaledFraction(x float64, table []uint64, offset int) (hi, lo uint64) {
	ix := math.Float64bits(x)
	exp := int(ix>>mantissaBits&exponentMask) - exponentBias - mantissaBits
	ix &= mantissaLimit
	ix |= 1 << mantissaBits
	digit, shift := uint(exp+offset)/64, uint(exp+offset)%64
	z0 := (table[digit] << shift) | (table[digit+1] >> (64 - shift))
	z1 := (table[digit+1] << shift) | (table[digit+2] >> (64 - shift))
	z2 := (table[digit+2] << shift) | (table[digit+3] >> (64 - shift))
	z2hi, _ := bits.Mul64(z2, ix)
	z1hi, z1lo := bits.Mul64(z1, ix)
	z0lo := z0 * ix
	lo, carry := bits.Add64(z1lo, z2hi, 0)
	hi, _ = bits.Add64(z0lo, z1hi, carry)
	return hi, lo
}

// fractionFloat is the float64 of the binary fraction 0.hi, truncated to
// 53 bits of mantissa; the bits shifted in below hi's lowest are lo's top
// ones (gc's reductions pass the unshifted low word even after shifting hi).
func fractionFloat(hi, lo uint64) float64 {
	leading := uint(bits.LeadingZeros64(hi))
	exponent := uint64(exponentBias - (leading + 1))
	hi = (hi << (leading + 1)) | (lo >> (64 - (leading + 1)))
	hi >>= 64 - mantissaBits
	hi |= exponent << mantissaBits
	return math.Float64frombits(hi)
}

func log1p(x float64) float64 {
	const (
		sqrt2Minus1     = 4.142135623730950488017e-01
		sqrt2HalfMinus1 = -2.928932188134524755992e-01
		small           = 1.0 / (1 << 29)
		tiny            = 1.0 / (1 << 54)
		two53           = 1 << 53
		ln2Hi           = 6.93147180369123816490e-01
		ln2Lo           = 1.90821492927058770002e-10
		lp1             = 6.666666666666735130e-01
		lp2             = 3.999999999940941908e-01
		lp3             = 2.857142874366239149e-01
		lp4             = 2.222219843214978396e-01
		lp5             = 1.818357216161805012e-01
		lp6             = 1.531383769920937332e-01
		lp7             = 1.479819860511658591e-01
	)
	switch {
	case x < -1 || math.IsNaN(x):
		return math.NaN()
	case x == -1:
		return math.Inf(-1)
	case math.IsInf(x, 1):
		return math.Inf(1)
	}
	absx := math.Abs(x)
	var f float64
	var iu uint64
	k := 1
	if absx < sqrt2Minus1 {
		if absx < small {
			if absx < tiny {
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
		// 1+x = 2**k · u with u in [√2/2, √2); correction is what the
		// rounding of 1+x lost, relative to u.
		var u float64
		if absx < two53 {
			u = 1.0 + x
			iu = math.Float64bits(u)
			k = int((iu >> 52) - 1023)
			if k > 0 {
				correction = 1.0 - (u - x)
			} else {
				correction = x - (u - 1.0)
			}
			correction /= u
		} else {
			u = x
			iu = math.Float64bits(u)
			k = int((iu >> 52) - 1023)
			correction = 0
		}
		iu &= 0x000fffffffffffff
		if iu < 0x0006a09e667f3bcd {
			u = math.Float64frombits(iu | 0x3ff0000000000000)
		} else {
			k++
			u = math.Float64frombits(iu | 0x3fe0000000000000)
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

// The bits of 4/π and 1/π in fixed point, 64 integer bits first
// (_gen/pi_bits.py prints them).
var fourOverPi = [...]uint64{
	0x0000000000000001,
	0x45f306dc9c882a53,
	0xf84eafa3ea69bb81,
	0xb6c52b3278872083,
	0xfca2c757bd778ac3,
	0x6e48dc74849ba5c0,
	0x0c925dd413a32439,
	0xfc3bd63962534e7d,
	0xd1046bea5d768909,
	0xd338e04d68befc82,
	0x7323ac7306a673e9,
	0x3908bf177bf25076,
	0x3ff12fffbc0b301f,
	0xde5e2316b414da3e,
	0xda6cfd9e4f96136e,
	0x9e8c7ecd3cbfd45a,
	0xea4f758fd7cbe2f6,
	0x7a0e73ef14a525d4,
	0xd7f6bf623f1aba10,
	0xac06608df8f6d757,
}
var oneOverPi = [...]uint64{
	0x0000000000000000,
	0x517cc1b727220a94,
	0xfe13abe8fa9a6ee0,
	0x6db14acc9e21c820,
	0xff28b1d5ef5de2b0,
	0xdb92371d2126e970,
	0x0324977504e8c90e,
	0x7f0ef58e5894d39f,
	0x74411afa975da242,
	0x74ce38135a2fbf20,
	0x9cc8eb1cc1a99cfa,
	0x4e422fc5defc941d,
	0x8ffc4bffef02cc07,
	0xf79788c5ad05368f,
	0xb69b3f6793e584db,
	0xa7a31fb34f2ff516,
	0xba93dd63f5f2f8bd,
	0x9e839cfbc5294975,
	0x35fdafd88fc6ae84,
	0x2b0198237e3db5d5,
}
