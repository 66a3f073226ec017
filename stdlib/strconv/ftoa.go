package strconv

import "math"

// floatInfo describes an IEEE 754 binary format.
type floatInfo struct {
	mantbits uint // stored mantissa bits
	expbits  uint
	bias     int
}

var float32info = floatInfo{23, 8, -127}
var float64info = floatInfo{52, 11, -1023}

// FormatFloat formats f, taken as a float of bitSize bits (32 or 64), in
// format fmt: 'e' (-d.dddde±dd), 'E', 'f' (-ddd.dddd), 'g' ('e' for large
// exponents, 'f' otherwise), 'G', 'b' (-ddddp±ddd, a binary exponent),
// 'x' (-0x1.hhhhp±dd) or 'X'. prec is the number of digits after the
// point ('e', 'f', 'x') or of significant digits ('g'); -1 asks for the
// fewest digits that read back as exactly f. Results are gc's, digit for
// digit. It panics for another bitSize.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	return string(appendFloat(make([]byte, 0, max(prec+4, 24)+40), f, fmt, prec, bitSize))
}

// AppendFloat appends FormatFloat(f, fmt, prec, bitSize) to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return appendFloat(dst, f, fmt, prec, bitSize)
}

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func appendFloat(dst []byte, val float64, fmt byte, prec, bitSize int) []byte {
	var bits uint64
	var flt *floatInfo
	switch bitSize {
	case 32:
		bits = uint64(math.Float32bits(float32(val)))
		flt = &float32info
	case 64:
		bits = math.Float64bits(val)
		flt = &float64info
	default:
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}
	neg := bits>>(flt.expbits+flt.mantbits) != 0
	exp := int(bits>>flt.mantbits) & (1<<flt.expbits - 1)
	mant := bits & (uint64(1)<<flt.mantbits - 1)
	switch exp {
	case 1<<flt.expbits - 1:
		switch {
		case mant != 0:
			return append(dst, "NaN"...)
		case neg:
			return append(dst, "-Inf"...)
		}
		return append(dst, "+Inf"...)
	case 0:
		exp++ // denormal
	default:
		mant |= uint64(1) << flt.mantbits // the implicit leading bit
	}
	exp += flt.bias
	switch fmt {
	case 'b':
		return fmtB(dst, neg, mant, exp, flt)
	case 'x', 'X':
		return fmtX(dst, prec, fmt, neg, mant, exp, flt)
	}
	shortest := prec < 0
	if prec == 0 && (fmt == 'g' || fmt == 'G') {
		prec = 1 // %g always shows a digit
	}
	if mant != 0 {
		if q, k, ok := digitsFast(mant, exp, flt, fmt, prec); ok {
			return formatFast(dst, shortest, neg, q, k, prec, fmt)
		}
	}
	d := new(decimal)
	// The exact value mant * 2^(exp-mantbits), rounded as asked.
	d.assign(mant)
	d.shift(exp - int(flt.mantbits))
	if shortest {
		roundShortest(d, mant, exp, flt)
		prec = shortestPrec(d.nd, d.dp, fmt)
	} else {
		switch fmt {
		case 'e', 'E':
			d.round(prec + 1)
		case 'f':
			d.round(d.dp + prec)
		case 'g', 'G':
			d.round(prec)
		}
	}
	return formatDigits(dst, shortest, neg, *d, prec, fmt)
}

// digitsFast returns the digits asked for (shortest when prec < 0) of
// mant * 2^(exp-mantbits), mant > 0, as q * 10^-k, through the fast paths
// of ftoafast.go, and reports whether they could.
func digitsFast(mant uint64, exp int, flt *floatInfo, fmt byte, prec int) (q uint64, k int, ok bool) {
	e := exp - int(flt.mantbits)
	if prec < 0 {
		lowerHalf := mant == 1<<flt.mantbits && exp != flt.bias+1
		if q, k, ok := shortestFast(mant, e, lowerHalf, mant%2 == 0); ok {
			return q, k, true
		}
		return shortestApprox(mant, e, lowerHalf, mant%2 == 0)
	}
	switch fmt {
	case 'e', 'E':
		return fixedDigitsFast(mant, e, prec+1)
	case 'f':
		return fixedPointFast(mant, e, prec)
	case 'g', 'G':
		return fixedDigitsFast(mant, e, prec)
	}
	return 0, 0, false
}

// formatFast writes q * 10^-k in format fmt. It first writes q's digits
// at the very end of the space the output will take in dst, then the
// output from its start: each byte written lies at or before the digits
// still to be read (the output has at least as many other bytes before
// them as it puts before each digit), and nothing beyond the output is
// touched, as with append.
func formatFast(dst []byte, shortest, neg bool, q uint64, k int, prec int, fmt byte) []byte {
	for q != 0 && q%10 == 0 {
		q /= 10
		k--
	}
	nd := digitCount(q)
	dp := nd - k
	if nd == 0 {
		dp = 0
	}
	if shortest {
		prec = shortestPrec(nd, dp, fmt)
	}
	form, formPrec := layout(shortest, nd, dp, prec, fmt)
	if form == 0 {
		return append(dst, '%', fmt)
	}
	d := decimal{nd: nd, dp: dp}
	start := len(dst)
	end := start + formattedLength(neg, d, form, formPrec)
	if end > cap(dst) {
		grown := make([]byte, start, 2*cap(dst)+end-start)
		copy(grown, dst)
		dst = grown
	}
	d.d = dst[end-nd : end]
	writeDigits(d.d, q)
	return formatAs(dst, neg, d, form, formPrec)
}

// shortestPrec is the precision that prints all of nd shortest digits,
// with the decimal point dp digits from their start, in format fmt.
func shortestPrec(nd, dp int, fmt byte) int {
	switch fmt {
	case 'e', 'E':
		return max(nd-1, 0)
	case 'f':
		return max(nd-dp, 0)
	}
	return nd
}

// roundShortest rounds d, the exact value of mant * 2^(exp-mantbits), to
// the fewest digits that still lie strictly between the neighbouring
// floats' midpoints (or on one, when mant is even and round-half-even
// reading would come back to mant), choosing the nearest such number.
func roundShortest(d *decimal, mant uint64, exp int, flt *floatInfo) {
	if mant == 0 {
		d.nd = 0
		d.d = d.d[:0]
		return
	}
	minexp := flt.bias + 1
	// The neighbours are at least 2^(exp-mantbits) away and the next
	// shorter decimal at least 10^(dp-nd): if that is farther, d is
	// already as short as it gets.
	if exp > minexp && 332*(d.dp-d.nd) >= 100*(exp-int(flt.mantbits)) {
		return
	}
	upper := new(decimal)
	upper.assign(mant*2 + 1)
	upper.shift(exp - int(flt.mantbits) - 1)
	// The float below is mant-1, or, when mant is the smallest normal
	// mantissa of its exponent, mant*2-1 at the exponent below.
	var mantlo uint64
	var explo int
	if mant > 1<<flt.mantbits || exp == minexp {
		mantlo, explo = mant-1, exp
	} else {
		mantlo, explo = mant*2-1, exp-1
	}
	lower := new(decimal)
	lower.assign(mantlo*2 + 1)
	lower.shift(explo - int(flt.mantbits) - 1)
	inclusive := mant%2 == 0
	// upperGap tracks d against upper digit by digit: 0 equal so far, 1
	// one apart followed by 9s against 0s (rounding up may reach upper),
	// 2 further apart (rounding up stays below upper).
	var upperGap uint8
	for ui := 0; ; ui++ {
		// upper has the most digits before the point; index the others
		// from its first digit.
		mi := ui - upper.dp + d.dp
		if mi >= d.nd {
			return
		}
		li := ui - upper.dp + lower.dp
		l := byte('0')
		if li >= 0 && li < lower.nd {
			l = lower.d[li]
		}
		m := byte('0')
		if mi >= 0 {
			m = d.d[mi]
		}
		u := byte('0')
		if ui < upper.nd {
			u = upper.d[ui]
		}
		canDown := l != m || inclusive && li+1 == lower.nd
		switch {
		case upperGap == 0 && m+1 < u:
			upperGap = 2
		case upperGap == 0 && m != u:
			upperGap = 1
		case upperGap == 1 && (m != '9' || u != '0'):
			upperGap = 2
		}
		canUp := upperGap > 0 && (inclusive || upperGap > 1 || ui+1 < upper.nd)
		switch {
		case canDown && canUp:
			d.round(mi + 1)
			return
		case canDown:
			d.roundDown(mi + 1)
			return
		case canUp:
			d.roundUp(mi + 1)
			return
		}
	}
}

// formatDigits writes the rounded digits of d in format fmt. d comes by
// value: the fast paths keep its digits in dst itself (formatFast).
func formatDigits(dst []byte, shortest bool, neg bool, d decimal, prec int, fmt byte) []byte {
	form, formPrec := layout(shortest, d.nd, d.dp, prec, fmt)
	if form == 0 {
		return append(dst, '%', fmt)
	}
	return formatAs(dst, neg, d, form, formPrec)
}

// layout decides how to print nd digits with the decimal point dp digits
// from their start in format fmt with precision prec: as %e/%E ('e' or
// 'E') or %f ('f'), with the digits after the point it returns; form 0
// for an unknown format.
func layout(shortest bool, nd, dp, prec int, fmt byte) (form byte, formPrec int) {
	switch fmt {
	case 'e', 'E', 'f':
		return fmt, prec
	case 'g', 'G':
		eprec := prec
		if eprec > nd && nd >= dp {
			eprec = nd
		}
		// The shortest form switches to %e from exponent 6 on, as %g's
		// default precision would.
		if shortest {
			eprec = 6
		}
		exp := dp - 1
		if exp < -4 || exp >= eprec {
			if prec > nd {
				prec = nd
			}
			return fmt + 'e' - 'g', prec - 1
		}
		if prec > dp {
			prec = nd
		}
		return 'f', max(prec-dp, 0)
	}
	return 0, 0
}

// formatAs writes d in form 'e', 'E' or 'f' with prec digits after the
// point.
func formatAs(dst []byte, neg bool, d decimal, form byte, prec int) []byte {
	if form == 'f' {
		return fmtF(dst, neg, d, prec)
	}
	return fmtE(dst, neg, d, prec, form)
}

// formattedLength is the length of formatAs's output.
func formattedLength(neg bool, d decimal, form byte, prec int) int {
	n := 0
	if neg {
		n++
	}
	if prec > 0 {
		n += 1 + prec
	}
	if form == 'f' {
		return n + max(d.dp, 1)
	}
	exp := d.dp - 1
	if d.nd == 0 {
		exp = 0
	}
	if exp <= -100 || exp >= 100 {
		return n + 1 + 5 // d, e±ddd
	}
	return n + 1 + 4
}

// fmtE writes -d.ddddde±dd with prec digits after the point.
func fmtE(dst []byte, neg bool, d decimal, prec int, fmt byte) []byte {
	if neg {
		dst = append(dst, '-')
	}
	first := byte('0')
	if d.nd != 0 {
		first = d.d[0]
	}
	dst = append(dst, first)
	if prec > 0 {
		dst = append(dst, '.')
		i := 1
		if m := min(d.nd, prec+1); i < m {
			dst = append(dst, d.d[i:m]...)
			i = m
		}
		for ; i <= prec; i++ {
			dst = append(dst, '0')
		}
	}
	dst = append(dst, fmt)
	exp := d.dp - 1
	if d.nd == 0 {
		exp = 0 // zero is written with exponent 0
	}
	sign := byte('+')
	if exp < 0 {
		sign = '-'
		exp = -exp
	}
	dst = append(dst, sign)
	switch {
	case exp < 10:
		return append(dst, '0', byte(exp)+'0')
	case exp < 100:
		return append(dst, byte(exp/10)+'0', byte(exp%10)+'0')
	}
	return append(dst, byte(exp/100)+'0', byte(exp/10)%10+'0', byte(exp%10)+'0')
}

// fmtF writes -ddd.ddddd with prec digits after the point.
func fmtF(dst []byte, neg bool, d decimal, prec int) []byte {
	if neg {
		dst = append(dst, '-')
	}
	if d.dp > 0 {
		m := min(d.nd, d.dp)
		dst = append(dst, d.d[:m]...)
		for ; m < d.dp; m++ {
			dst = append(dst, '0')
		}
	} else {
		dst = append(dst, '0')
	}
	if prec > 0 {
		dst = append(dst, '.')
		// Zeros up to the first digit, the digits, zeros after them.
		i := 0
		for ; i < prec && d.dp+i < 0; i++ {
			dst = append(dst, '0')
		}
		if j := d.dp + i; i < prec && j < d.nd {
			m := min(d.nd-j, prec-i)
			dst = append(dst, d.d[j:j+m]...)
			i += m
		}
		for ; i < prec; i++ {
			dst = append(dst, '0')
		}
	}
	return dst
}

// fmtB writes -ddddp±ddd: the mantissa and binary exponent in decimal.
func fmtB(dst []byte, neg bool, mant uint64, exp int, flt *floatInfo) []byte {
	if neg {
		dst = append(dst, '-')
	}
	dst = AppendUint(dst, mant, 10)
	dst = append(dst, 'p')
	exp -= int(flt.mantbits)
	if exp >= 0 {
		dst = append(dst, '+')
	}
	return AppendInt(dst, int64(exp), 10)
}

// fmtX writes -0x1.hhhhhp±dd (or 0x0p+00 for zero), rounding the
// mantissa to prec hex digits (half to even) when prec is below 15.
func fmtX(dst []byte, prec int, fmt byte, neg bool, mant uint64, exp int, flt *floatInfo) []byte {
	if mant == 0 {
		exp = 0
	}
	// Normalise so that the leading 1 is bit 60.
	mant <<= 60 - flt.mantbits
	for mant != 0 && mant&(1<<60) == 0 {
		mant <<= 1
		exp--
	}
	if prec >= 0 && prec < 15 {
		shift := uint(prec * 4)
		extra := (mant << shift) & (1<<60 - 1)
		mant >>= 60 - shift
		if extra|(mant&1) > 1<<59 {
			mant++
		}
		mant <<= 60 - shift
		if mant&(1<<61) != 0 {
			// Rounding carried into a new leading digit.
			mant >>= 1
			exp++
		}
	}
	hex := lowerhex
	if fmt == 'X' {
		hex = "0123456789ABCDEF"
	}
	if neg {
		dst = append(dst, '-')
	}
	dst = append(dst, '0', fmt, '0'+byte((mant>>60)&1))
	mant <<= 4
	if prec < 0 && mant != 0 {
		dst = append(dst, '.')
		for mant != 0 {
			dst = append(dst, hex[(mant>>60)&15])
			mant <<= 4
		}
	} else if prec > 0 {
		dst = append(dst, '.')
		for i := 0; i < prec; i++ {
			dst = append(dst, hex[(mant>>60)&15])
			mant <<= 4
		}
	}
	marker := byte('P')
	if fmt == lower(fmt) {
		marker = 'p'
	}
	dst = append(dst, marker)
	sign := byte('+')
	if exp < 0 {
		sign = '-'
		exp = -exp
	}
	dst = append(dst, sign)
	switch {
	case exp < 100:
		return append(dst, byte(exp/10)+'0', byte(exp%10)+'0')
	case exp < 1000:
		return append(dst, byte(exp/100)+'0', byte((exp/10)%10)+'0', byte(exp%10)+'0')
	}
	return append(dst, byte(exp/1000)+'0', byte(exp/100)%10+'0', byte((exp/10)%10)+'0', byte(exp%10)+'0')
}
