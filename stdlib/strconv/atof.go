package strconv

import (
	"math"
	"math/bits"
)

const fnParseFloat = "ParseFloat"

// ParseFloat returns the nearest float of bitSize bits (32: the result is
// a float32 converted to float64; otherwise 64) to the number s, rounding
// half to even. s may be decimal ("-1.5e10", "1_000.5" with underscores
// only as Go literals allow), hexadecimal with a binary exponent
// ("0x1.8p3"), or "inf", "+Inf", "infinity", "NaN" in any case. Errors are
// *NumError: ErrSyntax, or ErrRange with ±Inf for a number beyond the
// largest float. Numbers too small for the smallest denormal give 0.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, n, err := parseFloatPrefix(s, bitSize)
	if n != len(s) && (err == nil || err.(*NumError).Err != ErrSyntax) {
		return 0, syntaxError(fnParseFloat, s)
	}
	return f, err
}

func parseFloatPrefix(s string, bitSize int) (float64, int, error) {
	flt := &float64info
	if bitSize == 32 {
		flt = &float32info
	}
	if val, n, ok := special(s); ok {
		if flt == &float32info {
			val = float64(float32(val)) // as a float32 (a NaN's bits change)
		}
		return val, n, nil
	}
	mantissa, exp, neg, trunc, hex, n, ok := readFloat(s)
	if !ok {
		return 0, n, syntaxError(fnParseFloat, s)
	}
	if hex {
		f, err := atofHex(s[:n], flt, mantissa, exp, neg, trunc)
		return f, n, err
	}
	if !trunc {
		if f, ok := exactFloat(mantissa, exp, neg, flt); ok {
			return f, n, nil
		}
		if mantissa != 0 {
			if f, ok := parseFast(mantissa, exp, neg, flt); ok {
				return f, n, nil
			}
			if f, ok := parseApprox(mantissa, exp, neg, flt); ok {
				return f, n, nil
			}
		}
	}
	var d decimal
	if !d.set(s[:n]) {
		return 0, n, syntaxError(fnParseFloat, s)
	}
	bits, overflow := d.floatBits(flt)
	var f float64
	if flt == &float32info {
		f = float64(math.Float32frombits(uint32(bits)))
	} else {
		f = math.Float64frombits(bits)
	}
	if overflow {
		return f, n, rangeError(fnParseFloat, s)
	}
	return f, n, nil
}

// Powers of ten that floats hold exactly.
var float64pow10 = []float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
	1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}
var float32pow10 = []float32{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10}

// exactFloat converts mantissa * 10^exp with one floating-point operation
// when the mantissa and the power of ten are both exact floats: a single
// correctly rounded multiplication or division then gives the correctly
// rounded result (Clinger's fast path). It reports false otherwise.
func exactFloat(mantissa uint64, exp int, neg bool, flt *floatInfo) (float64, bool) {
	if mantissa>>flt.mantbits != 0 {
		return 0, false
	}
	if flt == &float32info {
		f := float32(mantissa)
		if neg {
			f = -f
		}
		switch {
		case exp == 0:
			return float64(f), true
		case exp > 0 && exp <= 7+10:
			// Move surplus powers into the mantissa while it stays exact.
			if exp > 10 {
				f *= float32pow10[exp-10]
				exp = 10
			}
			if f > 1e7 || f < -1e7 {
				return 0, false
			}
			return float64(f * float32pow10[exp]), true
		case exp < 0 && exp >= -10:
			return float64(f / float32pow10[-exp]), true
		}
		return 0, false
	}
	f := float64(mantissa)
	if neg {
		f = -f
	}
	switch {
	case exp == 0:
		return f, true
	case exp > 0 && exp <= 15+22:
		if exp > 22 {
			f *= float64pow10[exp-22]
			exp = 22
		}
		if f > 1e15 || f < -1e15 {
			return 0, false
		}
		return f * float64pow10[exp], true
	case exp < 0 && exp >= -22:
		return f / float64pow10[-exp], true
	}
	return 0, false
}

// prefixLenIgnoringCase returns how many leading bytes of s match prefix,
// ASCII case ignored.
func prefixLenIgnoringCase(s, prefix string) int {
	n := len(prefix)
	if n > len(s) {
		n = len(s)
	}
	for i := 0; i < n; i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return i
		}
	}
	return n
}

// special reads a leading infinity ("inf" or "infinity", signed) or NaN
// ("nan", unsigned), any case, and how many bytes it took.
func special(s string) (f float64, n int, ok bool) {
	if len(s) == 0 {
		return 0, 0, false
	}
	sign := 1
	signLen := 0
	switch s[0] {
	case '+', '-':
		if s[0] == '-' {
			sign = -1
		}
		signLen = 1
		s = s[1:]
		fallthrough
	case 'i', 'I':
		n := prefixLenIgnoringCase(s, "infinity")
		if 3 < n && n < 8 {
			n = 3 // "inf" followed by a partial "inity"
		}
		if n == 3 || n == 8 {
			return math.Inf(sign), signLen + n, true
		}
	case 'n', 'N':
		if prefixLenIgnoringCase(s, "nan") == 3 {
			return math.NaN(), 3, true
		}
	}
	return 0, 0, false
}

// readFloat checks the syntax of the number at the start of s and returns
// its length; for hexadecimal numbers also the mantissa (its first 16
// digits; trunc if nonzero digits followed) and binary exponent.
func readFloat(s string) (mantissa uint64, exp int, neg, trunc, hex bool, i int, ok bool) {
	underscores := false
	if i >= len(s) {
		return
	}
	switch s[i] {
	case '+':
		i++
	case '-':
		neg = true
		i++
	}
	base := uint64(10)
	maxMantDigits := 19
	expChar := byte('e')
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		base = 16
		maxMantDigits = 16
		i += 2
		expChar = 'p'
		hex = true
	}
	sawDot, sawDigits := false, false
	nd, ndMant, dp := 0, 0, 0
scan:
	for ; i < len(s); i++ {
		c := s[i]
		var digit uint64
		switch {
		case '0' <= c && c <= '9': // first: the common case
			sawDigits = true
			if c == '0' && nd == 0 {
				dp-- // a leading zero
				continue
			}
			digit = uint64(c - '0')
		case c == '_':
			underscores = true
			continue
		case c == '.':
			if sawDot {
				break scan
			}
			sawDot = true
			dp = nd
			continue
		case base == 16 && 'a' <= lower(c) && lower(c) <= 'f':
			sawDigits = true
			digit = uint64(lower(c) - 'a' + 10)
		default:
			break scan
		}
		nd++
		if ndMant < maxMantDigits {
			mantissa = mantissa*base + digit
			ndMant++
		} else if c != '0' {
			trunc = true
		}
	}
	if !sawDigits {
		return
	}
	if !sawDot {
		dp = nd
	}
	if base == 16 {
		dp *= 4
		ndMant *= 4
	}
	if i < len(s) && lower(s[i]) == expChar {
		i++
		if i >= len(s) {
			return
		}
		esign := 1
		if s[i] == '+' {
			i++
		} else if s[i] == '-' {
			i++
			esign = -1
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return
		}
		e := 0
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
				continue
			}
			if e < 10000 {
				e = e*10 + int(s[i]) - '0'
			}
		}
		dp += e * esign
	} else if base == 16 {
		return // a hexadecimal mantissa needs its 'p' exponent
	}
	if mantissa != 0 {
		exp = dp - ndMant
	}
	if underscores && !underscoresOK(s[:i]) {
		return
	}
	ok = true
	return
}

// set reads the decimal number s, already checked by readFloat, exactly.
func (a *decimal) set(s string) bool {
	i := 0
	a.neg = false
	a.d = a.d[:0]
	a.nd, a.dp = 0, 0
	if i >= len(s) {
		return false
	}
	switch s[i] {
	case '+':
		i++
	case '-':
		a.neg = true
		i++
	}
	sawDot, sawDigits := false, false
digits:
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_':
		case c == '.':
			if sawDot {
				return false
			}
			sawDot = true
			a.dp = a.nd
		case '0' <= c && c <= '9':
			sawDigits = true
			if c == '0' && a.nd == 0 {
				a.dp--
				continue
			}
			a.d = append(a.d, c)
			a.nd++
		default:
			break digits
		}
	}
	if !sawDigits {
		return false
	}
	if !sawDot {
		a.dp = a.nd
	}
	if i < len(s) && lower(s[i]) == 'e' {
		i++
		if i >= len(s) {
			return false
		}
		esign := 1
		if s[i] == '+' {
			i++
		} else if s[i] == '-' {
			i++
			esign = -1
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return false
		}
		e := 0
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				continue
			}
			if e < 10000 {
				e = e*10 + int(s[i]) - '0'
			}
		}
		a.dp += e * esign
	}
	a.trim()
	return i == len(s)
}

// powersOfTwoBelowTens[i] is the largest k with 2^k <= 10^i: how far a
// decimal with i digits before its point may be shifted right in one step
// without dropping below 1.
var powersOfTwoBelowTens = []int{1, 3, 6, 9, 13, 16, 19, 23, 26}

func scaleStep(digitsOff int) int {
	if digitsOff >= len(powersOfTwoBelowTens) {
		return 27
	}
	return powersOfTwoBelowTens[digitsOff]
}

// floatBits rounds a to the nearest float of the format (half to even)
// and returns its bits, and whether it overflowed to infinity.
func (a *decimal) floatBits(flt *floatInfo) (b uint64, overflow bool) {
	var exp int
	var mant uint64
	switch {
	case a.nd == 0 || a.dp < -330:
		// Zero, or far below the smallest denormal.
		mant, exp = 0, flt.bias
	case a.dp > 310:
		mant, exp, overflow = 0, 1<<flt.expbits-1+flt.bias, true
	default:
		mant, exp, overflow = a.binaryParts(flt)
	}
	bits := mant & (uint64(1)<<flt.mantbits - 1)
	bits |= uint64((exp-flt.bias)&(1<<flt.expbits-1)) << flt.mantbits
	if a.neg {
		bits |= 1 << flt.mantbits << flt.expbits
	}
	return bits, overflow
}

// binaryParts finds the mantissa (with its leading bit) and exponent of
// the float nearest a, which is neither zero nor obviously out of range.
func (a *decimal) binaryParts(flt *floatInfo) (mant uint64, exp int, overflow bool) {
	infinity := func() (uint64, int, bool) { return 0, 1<<flt.expbits - 1 + flt.bias, true }
	// Scale by powers of two into [0.5, 1), counting them in exp.
	for a.dp > 0 {
		n := scaleStep(a.dp)
		a.shift(-n)
		exp += n
	}
	for a.dp < 0 || a.dp == 0 && a.d[0] < '5' {
		n := scaleStep(-a.dp)
		a.shift(n)
		exp -= n
	}
	exp-- // floats are normalised to [1, 2)
	if exp < flt.bias+1 {
		// Below the smallest normal exponent: a denormal.
		n := flt.bias + 1 - exp
		a.shift(-n)
		exp += n
	}
	if exp-flt.bias >= 1<<flt.expbits-1 {
		return infinity()
	}
	a.shift(int(1 + flt.mantbits))
	mant = a.roundedInteger()
	if mant == 2<<flt.mantbits {
		// Rounding carried into one more bit.
		mant >>= 1
		exp++
		if exp-flt.bias >= 1<<flt.expbits-1 {
			return infinity()
		}
	}
	if mant&(1<<flt.mantbits) == 0 {
		exp = flt.bias // denormal
	}
	return mant, exp, false
}

// roundedInteger returns a rounded to the nearest integer (half to even);
// all ones if it does not fit.
func (a *decimal) roundedInteger() uint64 {
	if a.dp > 20 {
		return 0xFFFFFFFFFFFFFFFF
	}
	var n uint64
	i := 0
	for ; i < a.dp && i < a.nd; i++ {
		n = n*10 + uint64(a.d[i]-'0')
	}
	for ; i < a.dp; i++ {
		n *= 10
	}
	if a.dp >= 0 && a.dp < a.nd && a.shouldRoundUp(a.dp) {
		n++
	}
	return n
}

// atofHex builds the float of the format nearest mantissa * 2^exp
// (rounding half to even; trunc means nonzero bits followed the
// mantissa), with ErrRange and infinity beyond the largest float.
func atofHex(s string, flt *floatInfo, mantissa uint64, exp int, neg, trunc bool) (float64, error) {
	maxExp := 1<<flt.expbits + flt.bias - 2
	minExp := flt.bias + 1
	exp += int(flt.mantbits)
	// Normalise to 1+mantbits+2 bits: two extra for rounding, with any
	// lost bits kept sticky in the lowest.
	for mantissa != 0 && mantissa>>(flt.mantbits+2) == 0 {
		mantissa <<= 1
		exp--
	}
	if trunc {
		mantissa |= 1
	}
	for mantissa>>(1+flt.mantbits+2) != 0 {
		mantissa = mantissa>>1 | mantissa&1
		exp++
	}
	for mantissa > 1 && exp < minExp-2 {
		mantissa = mantissa>>1 | mantissa&1
		exp++
	}
	round := mantissa & 3
	mantissa >>= 2
	round |= mantissa & 1 // round up at half only if odd
	exp += 2
	if round == 3 {
		mantissa++
		if mantissa == 1<<(1+flt.mantbits) {
			mantissa >>= 1
			exp++
		}
	}
	if mantissa>>flt.mantbits == 0 {
		exp = flt.bias // denormal or zero
	}
	var err error
	if exp > maxExp {
		mantissa = 1 << flt.mantbits
		exp = maxExp + 1
		err = rangeError(fnParseFloat, s)
	}
	bits := mantissa & (1<<flt.mantbits - 1)
	bits |= uint64((exp-flt.bias)&(1<<flt.expbits-1)) << flt.mantbits
	if neg {
		bits |= 1 << flt.mantbits << flt.expbits
	}
	if flt == &float32info {
		return float64(math.Float32frombits(uint32(bits))), err
	}
	return math.Float64frombits(bits), err
}

// parseFast converts mantissa * 10^exp (mantissa > 0) exactly when the
// power of ten is within 5^27: 10^exp is 5^exp * 2^exp, so the value is
// mantissa * 5^exp (exp >= 0, a 128-bit product) or mantissa / 5^-exp
// (a 128-bit quotient of at least 65 bits, with a sticky bit for the
// remainder) times a power of two, and rounding that to the float's
// mantissa bits is exact. It reports false for the other exponents and
// for results that overflow or are denormal.
func parseFast(mantissa uint64, exp int, neg bool, flt *floatInfo) (float64, bool) {
	var hi, lo uint64
	var exp2 int
	sticky := false
	switch {
	case exp >= 0 && exp <= 27:
		hi, lo = bits.Mul64(mantissa, pow5[exp])
		exp2 = exp
	case exp < 0 && exp >= -27:
		p := pow5[-exp]
		shift := bits.LeadingZeros64(mantissa)
		top := mantissa << uint(shift) // >= 2^63 > p
		hi = top / p
		var rem uint64
		lo, rem = bits.Div64(top-hi*p, 0, p)
		sticky = rem != 0
		exp2 = exp - shift - 64
	default:
		return 0, false
	}
	mant, e, ok := roundToMantissa(hi, lo, sticky, exp2, flt)
	if !ok {
		return 0, false
	}
	return floatFromParts(mant, e, neg, flt), true
}

// floatFromParts assembles a normal float from its mantissa (with the
// leading bit) and exponent.
func floatFromParts(mant uint64, e int, neg bool, flt *floatInfo) float64 {
	b := mant&(uint64(1)<<flt.mantbits-1) | uint64(e-flt.bias)<<flt.mantbits
	if neg {
		b |= 1 << flt.mantbits << flt.expbits
	}
	if flt == &float32info {
		return float64(math.Float32frombits(uint32(b)))
	}
	return math.Float64frombits(b)
}

// parseApprox converts mantissa * 10^exp (mantissa > 0) for the powers
// of ten beyond parseFast's, with pow5table.go's 5^exp = (P + δ) * 2^b,
// 0 <= δ < 1. The 192-bit product of the normalised mantissa and P is
// below the true product by less than 2^64 units of its lowest bit, so
// its top 128 bits are at most 2 units low: the mantissa and rounding
// bit they hold are right unless every bit below the rounding bit is
// one, reported as not ok (the exact path then decides). The true value
// is never a float nor a midpoint between two (it has a factor 5^k with
// |k| > 27, more than 64 bits, in its numerator or denominator), so the
// bits below the rounding bit never matter otherwise.
func parseApprox(mantissa uint64, exp int, neg bool, flt *floatInfo) (float64, bool) {
	i := exp - pow5Min
	if exp >= -27 && exp <= 27 || i < 0 || i >= len(pow5Exp) {
		return 0, false
	}
	shift := bits.LeadingZeros64(mantissa)
	w := mantissa << uint(shift)
	h1, _ := bits.Mul64(w, pow5Approx[2*i+1])
	hi, lo := bits.Mul64(w, pow5Approx[2*i])
	lo, carry := bits.Add64(h1, lo, 0)
	hi += carry
	// The value is about hi * 2^(b + exp - shift + 128).
	e2 := int(pow5Exp[i]) + exp - shift + 128
	if hi>>63 == 0 {
		hi = hi<<1 | lo>>63
		lo <<= 1
		e2--
	}
	precision := uint(flt.mantbits) + 1
	below := uint64(1)<<(63-precision) - 1 // the bits of hi under the rounding bit
	if hi&below == below && lo >= ^uint64(0)-2 {
		return 0, false
	}
	mant := hi >> (63 - precision) // precision bits and the rounding bit
	e2 += int(63 - precision)
	mant, e2 = (mant+mant&1)>>1, e2+1
	if mant>>precision != 0 {
		mant >>= 1
		e2++
	}
	e := e2 + int(flt.mantbits)
	if e < flt.bias+1 || e > flt.bias+1<<flt.expbits-2 {
		return 0, false
	}
	return floatFromParts(mant, e, neg, flt), true
}

// roundToMantissa rounds (hi*2^64 + lo + a sticky fraction) * 2^exp2 to
// mantbits+1 bits, half to even, and returns that mantissa and the
// float's exponent, or false when the result is not a normal float.
func roundToMantissa(hi, lo uint64, sticky bool, exp2 int, flt *floatInfo) (uint64, int, bool) {
	n := bits.Len64(lo)
	if hi != 0 {
		n = 64 + bits.Len64(hi)
	}
	if n == 0 {
		return 0, 0, false
	}
	precision := int(flt.mantbits) + 1
	shift := n - precision
	var mant uint64
	if shift <= 0 {
		mant = lo << uint(-shift) // exact: hi is 0 here
	} else {
		s := uint(shift)
		var half, below bool
		if s < 64 {
			mant = lo>>s | hi<<(64-s)
			half = lo>>(s-1)&1 != 0
			below = lo&(1<<(s-1)-1) != 0
		} else if s == 64 {
			mant = hi
			half = lo>>63 != 0
			below = lo<<1 != 0
		} else {
			mant = hi >> (s - 64)
			half = hi>>(s-65)&1 != 0
			below = lo != 0 || hi&(1<<(s-65)-1) != 0
		}
		if half && (below || sticky || mant&1 != 0) {
			mant++
			if mant>>uint(precision) != 0 {
				mant >>= 1
				shift++
			}
		}
	}
	e := exp2 + shift + int(flt.mantbits)
	if e < flt.bias+1 || e > flt.bias+1<<flt.expbits-2 {
		return 0, 0, false
	}
	return mant, e, true
}
