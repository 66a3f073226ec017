package strconv

import "math/bits"

// Fast paths of float formatting. They find the same digits as the exact
// decimal arithmetic of ftoa.go and decimal.go, with 64- and 128-bit
// integers: the float is mant * 2^e, and a power of ten 10^k is 5^k * 2^k,
// so mant * 2^e * 10^k is the product mant * 5^k shifted by e+k bits.
// Two ways to get it:
//   - exactly, while 5^k (or 5^-k as a divisor) fits 64 bits and the
//     shifts 128 (scaledFloor, roundedProduct, roundedQuotient): no error
//     at all; this covers the floats programs usually print (shortest
//     output for about 1e-9 to 1e19, fixed precision up to 18 significant
//     digits or 27 decimals);
//   - with pow5table.go's 128-bit approximations of 5^k for the rest
//     (approxScaled): the error is bounded, and the rare results too close
//     to an integer (or a half, when rounding) to decide are reported.
// Each path reports when the numbers do not fit or cannot be decided and
// the caller then takes the exact decimal path, so the digits are gc's
// everywhere. Outputs are written by formatFast (ftoa.go) without a
// scratch buffer: a sliced local array is a heap allocation under minigo.

// pow5 holds 5^0 to 5^27, the powers of five that fit 64 bits.
var pow5 = powersOfFive()

func powersOfFive() []uint64 {
	p := make([]uint64, 28)
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 5
	}
	return p
}

// pow10u holds 10^0 to 10^19.
var pow10u = powersOfTen()

func powersOfTen() []uint64 {
	p := make([]uint64, 20)
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 10
	}
	return p
}

// log10Pow2 returns floor(n * log10(2)) for |n| up to about 1,000 (the
// multiplier 78913/2^18 is just below log10(2), so the result may be
// one low for negative n).
func log10Pow2(n int) int {
	return n * 78913 >> 18
}

// scaledFloor returns floor(x * 5^k * 2^t) for x < 2^56 and 0 <= k <= 27,
// whether that floor is the exact value, and false as its last result
// when the floor does not fit 64 bits.
func scaledFloor(x uint64, k int, t int) (q uint64, exact bool, ok bool) {
	hi, lo := bits.Mul64(x, pow5[k])
	return shiftedFloor(hi, lo, t)
}

// shiftedFloor returns floor((hi*2^64 + lo) * 2^t), whether that is
// exact, and false as its last result when it does not fit 64 bits.
func shiftedFloor(hi, lo uint64, t int) (q uint64, exact bool, ok bool) {
	if t >= 0 {
		if hi != 0 || t >= 64 || t > 0 && lo>>(64-uint(t)) != 0 {
			return 0, false, false
		}
		return lo << uint(t), true, true
	}
	s := uint(-t)
	switch {
	case s >= 128:
		return 0, hi|lo == 0, true
	case s >= 64:
		return hi >> (s - 64), lo == 0 && hi&(1<<(s-64)-1) == 0, true
	}
	if hi>>s != 0 {
		return 0, false, false
	}
	return lo>>s | hi<<(64-s), lo&(1<<s-1) == 0, true
}

// roundedScaled returns floor(mant * 2^e * 10^k), for mant < 2^56 and
// |k| <= 27, and whether rounding that value to the nearest integer
// (half to even) goes up; false as its last result when the numbers do
// not fit the fast arithmetic.
func roundedScaled(mant uint64, e, k int) (q uint64, up bool, ok bool) {
	if k >= 0 {
		q, up, ok = roundedProduct(mant, e, k)
	} else {
		q, up, ok = roundedQuotient(mant, e, -k)
	}
	if ok {
		return q, up, true
	}
	// The table's powers: exact halves then lie within the error of
	// the half point, reported as not ok.
	q, frac, ok := approxScaled(mant, k, e+k)
	const half = 1 << 63
	if !ok || frac-(half-64) < 128 {
		return 0, false, false
	}
	return q, frac > half, true
}

// roundedProduct handles k >= 0: the 128-bit product mant * 5^k shifted
// by e+k bits.
func roundedProduct(mant uint64, e, k int) (q uint64, up bool, ok bool) {
	if k > 27 {
		return 0, false, false
	}
	t := e + k
	if t >= 0 {
		q, _, ok = scaledFloor(mant, k, t)
		return q, false, ok
	}
	hi, lo := bits.Mul64(mant, pow5[k])
	s := uint(-t)
	if s > 128 {
		// Below 2^128 / 2^129: less than half, rounds to zero.
		return 0, false, true
	}
	var half, below bool // the bit worth one half, any bit below it
	if s-1 < 64 {
		half = lo>>(s-1)&1 != 0
		below = lo&(1<<(s-1)-1) != 0
	} else {
		half = hi>>(s-1-64)&1 != 0
		below = lo != 0 || hi&(1<<(s-1-64)-1) != 0
	}
	switch {
	case s == 128:
		q = 0
	case s >= 64:
		q = hi >> (s - 64)
	case hi>>s != 0:
		return 0, false, false
	default:
		q = lo>>s | hi<<(64-s)
	}
	return q, half && (below || q&1 != 0), true
}

// roundedQuotient handles a negative power of ten: mant * 2^e divided by
// 5^j * 2^j. 5^j is odd and above 1, so the remainder is never exactly
// half of it when no power of two divides along.
func roundedQuotient(mant uint64, e, j int) (q uint64, up bool, ok bool) {
	if j > 27 {
		return 0, false, false
	}
	p := pow5[j]
	t := e - j
	if t >= 0 {
		// (mant << t) / p, the dividend in 128 bits.
		if t >= 128-56 {
			return 0, false, false
		}
		var hi, lo uint64
		if t >= 64 {
			hi = mant << uint(t-64)
		} else {
			hi, lo = mant>>(64-uint(t)), mant<<uint(t)
		}
		if hi >= p {
			return 0, false, false
		}
		q, r := bits.Div64(hi, lo, p)
		return q, 2*r > p, true
	}
	// mant / (p * 2^s): divide by 2^s, then by p; the remainder of the
	// whole is r*2^s + low, compared with p * 2^(s-1).
	s := uint(-t)
	if s >= 64 {
		return 0, false, true // mant < 2^56 <= half of p * 2^s
	}
	shifted := mant >> s
	q = shifted / p
	r := shifted - q*p
	low := mant & (1<<s - 1)
	a := 2*r + low>>(s-1)
	rest := low & (1<<(s-1) - 1)
	switch {
	case a > p:
		up = true
	case a == p:
		up = rest != 0 || q&1 != 0
	}
	return q, up, true
}

// fixedDigitsFast returns mant * 2^e (mant > 0) rounded to nd
// significant digits, 1 <= nd <= 18, as q * 10^-k, and whether it could.
func fixedDigitsFast(mant uint64, e int, nd int) (uint64, int, bool) {
	if nd < 1 || nd > 18 {
		return 0, 0, false
	}
	// 10^E <= value < 10^(E+1): estimate E from the binary exponent and
	// correct it from the scaled value's leading digits.
	k := nd - 1 - log10Pow2(bits.Len64(mant)+e-1)
	for tries := 0; tries < 3; tries++ {
		q, up, ok := roundedScaled(mant, e, k)
		switch {
		case !ok:
			return 0, 0, false
		case q >= pow10u[nd]:
			k--
		case q < pow10u[nd-1]:
			k++
		default:
			if up {
				q++ // may carry into 10^nd: "1" followed by zeros
			}
			return q, k, true
		}
	}
	return 0, 0, false
}

// fixedPointFast returns mant * 2^e rounded to prec digits after the
// decimal point, as q * 10^-prec, and whether it could.
func fixedPointFast(mant uint64, e int, prec int) (uint64, int, bool) {
	q, up, ok := roundedScaled(mant, e, prec)
	if !ok {
		return 0, 0, false
	}
	if up {
		q++
	}
	return q, prec, true
}

// shortestFast returns, as q * 10^-k, the shortest decimal that reads
// back as the float mant * 2^e (mant > 0; lowerHalf when the float below is only half
// as far, at a power of two; inclusive when a decimal on the midpoint
// with a neighbour reads back as this float, round half to even picking
// an even mant), and whether the numbers fit the fast arithmetic.
//
// In units of 2^(e-2) the float is 4*mant, and its rounding interval runs
// from the midpoint below, 4*mant-2 (or -1), to the one above, 4*mant+2.
// Scaled by 10^k so that the interval is at least 75 units wide, the
// three are exact 64-bit integers plus a flag saying whether a fraction
// was dropped; digits are then removed from all three while the
// interval still holds a number with fewer digits, and the last digits
// removed from the float's own value round the result.
func shortestFast(mant uint64, e int, lowerHalf, inclusive bool) (uint64, int, bool) {
	k := 0
	if e < 0 {
		k = log10Pow2(-e) + 3
	}
	if k > 27 {
		return 0, 0, false
	}
	mv := 4 * mant
	// One product; the bounds are 2*5^k above and 2*5^k or 5^k below it.
	p := pow5[k]
	hi, lo := bits.Mul64(mv, p)
	loUp, carry := bits.Add64(lo, 2*p, 0)
	below := 2 * p
	if lowerHalf {
		below = p
	}
	loDown, borrow := bits.Sub64(lo, below, 0)
	vr, vrExact, ok1 := shiftedFloor(hi, lo, e-2+k)
	vp, vpExact, ok2 := shiftedFloor(hi+carry, loUp, e-2+k)
	vm, vmExact, ok3 := shiftedFloor(hi-borrow, loDown, e-2+k)
	if !ok1 || !ok2 || !ok3 {
		return 0, 0, false
	}
	return removeDigits(vr, vp, vm, vrExact, vpExact, vmExact, inclusive, k)
}

// shortestApprox is shortestFast for the floats beyond its range, with
// the powers of five of pow5table.go (see approxScaled): the scaled
// values are then never integers.
func shortestApprox(mant uint64, e int, lowerHalf, inclusive bool) (uint64, int, bool) {
	k := 2 - log10Pow2(e)
	mv := 4 * mant
	mm := mv - 2
	if lowerHalf {
		mm = mv - 1
	}
	vr, _, ok1 := approxScaled(mv, k, e-2+k)
	vp, _, ok2 := approxScaled(mv+2, k, e-2+k)
	vm, _, ok3 := approxScaled(mm, k, e-2+k)
	if !ok1 || !ok2 || !ok3 {
		return 0, 0, false
	}
	return removeDigits(vr, vp, vm, false, false, false, inclusive, k)
}

// removeDigits finishes shortestFast from the scaled float vr and bounds
// vm and vp (floors of the values times 10^k; the flags say whether the
// floors were exact).
func removeDigits(vr, vp, vm uint64, vrExact, vpExact, vmExact, inclusive bool, k int) (uint64, int, bool) {
	if vpExact && !inclusive {
		vp-- // the upper midpoint itself reads back as the float above
	}
	vmZeros := vmExact // the lower bound is exactly vm * 10^removed
	vrZeros := vrExact // the digits removed from vr were all zeros
	var last uint64    // the last digit removed from vr
	removed := 0
	for vp/100 > vm/100 {
		// Two digits at once while both certainly go.
		vmZeros = vmZeros && vm%100 == 0
		vrZeros = vrZeros && last == 0 && vr%10 == 0
		last = vr / 10 % 10
		vr, vp, vm = vr/100, vp/100, vm/100
		removed += 2
	}
	for vp/10 > vm/10 {
		vmZeros = vmZeros && vm%10 == 0
		vrZeros = vrZeros && last == 0
		last = vr % 10
		vr, vp, vm = vr/10, vp/10, vm/10
		removed++
	}
	if removed == 0 && !vrExact {
		return 0, 0, false // vr's fraction would be lost (too narrow a scaling)
	}
	if inclusive && vmZeros {
		// The lower bound itself may shorten further.
		for vm%10 == 0 && vm != 0 {
			vrZeros = vrZeros && last == 0
			last = vr % 10
			vr, vp, vm = vr/10, vp/10, vm/10
			removed++
		}
	}
	if vrZeros && last == 5 && vr%2 == 0 {
		last = 4 // exactly half: round to even
	}
	out := vr
	if vr == vm && !(inclusive && vmZeros) || last >= 5 {
		out++
	}
	return out, k - removed, true
}

// writeDigits writes q's decimal digits to digs, which is just long
// enough, two at a time from the end.
func writeDigits(digs []byte, q uint64) {
	i := len(digs)
	for q >= 100 {
		next := q / 100
		r := (q - next*100) * 2
		i -= 2
		digs[i] = digitPairs[r]
		digs[i+1] = digitPairs[r+1]
		q = next
	}
	if q >= 10 {
		digs[i-2] = digitPairs[q*2]
		digs[i-1] = digitPairs[q*2+1]
	} else if i > 0 {
		digs[i-1] = byte(q) + '0'
	}
}

// digitCount returns how many decimal digits q has (none for 0): from
// its bit length times log10(2) (1233/4096, a little above), corrected
// by one comparison.
func digitCount(q uint64) int {
	if q == 0 {
		return 0
	}
	t := bits.Len64(q) * 1233 >> 12
	if q >= pow10u[t] {
		return t + 1
	}
	return t
}

// Beyond 5^27 the powers come from pow5table.go: 5^k = (P + δ) * 2^b with
// a 128-bit P and 0 <= δ < 1. Then x * 5^k * 2^t = (x*P + x*δ) * 2^(b+t):
// the 192-bit product x*P shifted right by s = -(b+t) bits (about 120
// for the scalings used here) is below the true value by less than
// x * 2^-s, under 2^-59 for x < 2^56 -- under 32 units of the 64-bit
// fraction that the shift drops. So the floor is right unless that
// fraction is within 64 units below an integer, and the true value is
// never an integer otherwise; approxScaled reports those rare cases (and
// out-of-range ones) as not ok, and the callers take the exact path.

// approxScaled returns floor(x * 5^k * 2^t) for x < 2^56 and k in the
// table, and the top 64 bits of the fraction it drops.
func approxScaled(x uint64, k int, t int) (q, frac uint64, ok bool) {
	i := k - pow5Min
	if i < 0 || i >= len(pow5Exp) {
		return 0, 0, false
	}
	hiP, loP := pow5Approx[2*i], pow5Approx[2*i+1]
	h1, p0 := bits.Mul64(x, loP)
	h2, l2 := bits.Mul64(x, hiP)
	p1, carry := bits.Add64(h1, l2, 0)
	p2 := h2 + carry
	s := -(int(pow5Exp[i]) + t)
	switch {
	case s >= 192 || s < 100:
		return 0, 0, false
	case s >= 128:
		u := uint(s - 128)
		q, frac = p2>>u, p2<<(64-u)|p1>>u
	default:
		u := uint(s - 64)
		if p2>>u != 0 {
			return 0, 0, false
		}
		q, frac = p1>>u|p2<<(64-u), p1<<(64-u)|p0>>u
	}
	return q, frac, ^frac >= 64
}
