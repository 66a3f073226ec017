package strconv

// digits are the digit characters of bases up to 36.
const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// digitPairs holds "00" to "99": base 10 writes two digits per division.
const digitPairs = "00010203040506070809" +
	"10111213141516171819" +
	"20212223242526272829" +
	"30313233343536373839" +
	"40414243444546474849" +
	"50515253545556575859" +
	"60616263646566676869" +
	"70717273747576777879" +
	"80818283848586878889" +
	"90919293949596979899"

// FormatUint returns i in the given base (2 to 36, lower-case letters for
// digits above 9). It panics for another base.
func FormatUint(i uint64, base int) string {
	if base == 10 {
		return string(appendDecimal(make([]byte, 0, 20), i))
	}
	var buf [64]byte
	return string(formatBits(buf[:], i, base, false))
}

// FormatInt returns i in the given base (2 to 36), with a minus sign if
// negative. It panics for another base.
func FormatInt(i int64, base int) string {
	if base == 10 {
		if 0 <= i && i < 100 {
			return small(int(i))
		}
		return string(AppendInt(make([]byte, 0, 20), i, 10))
	}
	var buf [65]byte
	return string(formatBits(buf[:], uint64(i), base, i < 0))
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string { return FormatInt(int64(i), 10) }

// AppendInt appends FormatInt(i, base) to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	if base == 10 {
		u := uint64(i)
		if i < 0 {
			dst = append(dst, '-')
			u = -u
		}
		return appendDecimal(dst, u)
	}
	var buf [65]byte
	return append(dst, formatBits(buf[:], uint64(i), base, i < 0)...)
}

// AppendUint appends FormatUint(i, base) to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	if base == 10 {
		return appendDecimal(dst, i)
	}
	var buf [64]byte
	return append(dst, formatBits(buf[:], i, base, false)...)
}

// appendDecimal appends u in base 10, its digits written in place: a
// scratch array would be a heap allocation under minigo (its address is
// taken when sliced).
func appendDecimal(dst []byte, u uint64) []byte {
	n := digitCount(u)
	if n == 0 {
		n = 1 // "0"
	}
	start := len(dst)
	if cap(dst)-start >= n {
		dst = dst[:start+n]
	} else {
		dst = append(dst, "00000000000000000000"[:n]...)
	}
	writeDigits(dst[start:], u)
	return dst
}

// small returns "0" to "99" as a piece of digitPairs, so that the most
// common conversions allocate nothing.
func small(i int) string {
	if i < 10 {
		return digitPairs[2*i+1 : 2*i+2]
	}
	return digitPairs[2*i : 2*i+2]
}

// formatBits writes u (the magnitude of a negative number when negative)
// in base at the end of buf and returns the written part.
func formatBits(buf []byte, u uint64, base int, negative bool) []byte {
	if base < 2 || base > len(digits) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	if negative {
		u = -u
	}
	i := len(buf)
	if base == 10 {
		for u >= 100 {
			q := u / 100
			r := (u - q*100) * 2
			i -= 2
			buf[i] = digitPairs[r]
			buf[i+1] = digitPairs[r+1]
			u = q
		}
		if u >= 10 {
			i -= 2
			buf[i] = digitPairs[u*2]
			buf[i+1] = digitPairs[u*2+1]
		} else {
			i--
			buf[i] = digits[u]
		}
	} else if base&(base-1) == 0 {
		shift := uint(0)
		for 1<<shift < base {
			shift++
		}
		mask := uint64(base - 1)
		for u >= uint64(base) {
			i--
			buf[i] = digits[u&mask]
			u >>= shift
		}
		i--
		buf[i] = digits[u]
	} else {
		b := uint64(base)
		for u >= b {
			q := u / b
			i--
			buf[i] = digits[u-q*b]
			u = q
		}
		i--
		buf[i] = digits[u]
	}
	if negative {
		i--
		buf[i] = '-'
	}
	return buf[i:]
}
