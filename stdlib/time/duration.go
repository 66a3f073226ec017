package time

import "errors"

// A Duration is the time elapsed between two instants, in nanoseconds; its
// range is about 290 years either way.
type Duration int64

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// String formats d as hours, minutes and seconds ("72h3m0.5s"), with
// fractions of a second as needed; below a second the unit shrinks to "ms",
// "µs" or "ns" so that the number keeps an integer part. Zero is "0s".
func (d Duration) String() string {
	var buf [32]byte
	end := len(buf)
	u := uint64(d)
	negative := d < 0
	if negative {
		u = -u
	}
	if u < uint64(Second) {
		var places int
		end--
		buf[end] = 's'
		switch {
		case u == 0:
			return "0s"
		case u < uint64(Microsecond):
			end--
			buf[end] = 'n'
		case u < uint64(Millisecond):
			places = 3
			end -= 2
			copy(buf[end:], "µ") // two bytes in UTF-8
		default:
			places = 6
			end--
			buf[end] = 'm'
		}
		end = putFraction(buf[:end], u, places)
		end = putInt(buf[:end], u/pow10(places))
	} else {
		end--
		buf[end] = 's'
		end = putFraction(buf[:end], u, 9)
		seconds := u / uint64(Second)
		end = putInt(buf[:end], seconds%60)
		if minutes := seconds / 60; minutes > 0 {
			end--
			buf[end] = 'm'
			end = putInt(buf[:end], minutes%60)
			if hours := minutes / 60; hours > 0 {
				end--
				buf[end] = 'h'
				end = putInt(buf[:end], hours)
			}
		}
	}
	if negative {
		end--
		buf[end] = '-'
	}
	return string(buf[end:])
}

func pow10(n int) uint64 {
	p := uint64(1)
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}

// putFraction writes the last places decimal digits of v as a fraction
// (".5"), trailing zeros and a lone point left out, so that it ends at
// len(buf); it returns where it starts.
func putFraction(buf []byte, v uint64, places int) int {
	end := len(buf)
	printed := false
	for i := 0; i < places; i++ {
		digit := byte(v % 10)
		v /= 10
		if printed || digit != 0 {
			end--
			buf[end] = '0' + digit
			printed = true
		}
	}
	if printed {
		end--
		buf[end] = '.'
	}
	return end
}

// putInt writes v in decimal so that it ends at len(buf); it returns where
// it starts.
func putInt(buf []byte, v uint64) int {
	end := len(buf)
	for {
		end--
		buf[end] = byte(v%10) + '0'
		v /= 10
		if v == 0 {
			return end
		}
	}
}

// Nanoseconds returns d as an integer count of nanoseconds.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns d as an integer count of microseconds.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns d as an integer count of milliseconds.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns d as a floating-point number of seconds.
func (d Duration) Seconds() float64 { return inUnits(d, Second) }

// Minutes returns d as a floating-point number of minutes.
func (d Duration) Minutes() float64 { return inUnits(d, Minute) }

// Hours returns d as a floating-point number of hours.
func (d Duration) Hours() float64 { return inUnits(d, Hour) }

// inUnits divides in two steps so that large durations keep their precision.
func inUnits(d, unit Duration) float64 {
	whole := d / unit
	rest := d % unit
	return float64(whole) + float64(rest)/float64(unit)
}

// Truncate returns d rounded toward zero to a multiple of m; m <= 0 leaves d
// as it is.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns d rounded to the nearest multiple of m, halfway values away
// from zero; a result that does not fit saturates at the largest or smallest
// Duration. m <= 0 leaves d as it is.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if rounded := d - m + r; rounded < d {
			return rounded
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if rounded := d + m - r; rounded > d {
		return rounded
	}
	return maxDuration
}

// Abs returns the absolute value of d; the smallest Duration gives the
// largest.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

var unitSizes = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // U+00B5 micro sign
	"μs": uint64(Microsecond), // U+03BC Greek mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

// ParseDuration parses a duration: an optional sign and a sequence of
// decimal numbers, each with an optional fraction and a unit ("300ms",
// "-1.5h", "2h45m"). The units are "ns", "us" (or "µs"), "ms", "s", "m" and
// "h".
func ParseDuration(s string) (Duration, error) {
	original := s
	negative := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		negative = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, errors.New("time: invalid duration " + quote(original))
	}
	var total uint64
	for s != "" {
		if !(s[0] == '.' || isDigit(s, 0)) {
			return 0, errors.New("time: invalid duration " + quote(original))
		}
		whole, rest, overflow := leadingDigits(s)
		if overflow {
			return 0, errors.New("time: invalid duration " + quote(original))
		}
		hadWhole := len(rest) != len(s)
		s = rest
		var fraction, scale uint64 = 0, 1
		hadFraction := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			before := len(s)
			fraction, scale, s = leadingFraction(s)
			hadFraction = len(s) != before
		}
		if !hadWhole && !hadFraction {
			return 0, errors.New("time: invalid duration " + quote(original))
		}
		i := 0
		for i < len(s) && s[i] != '.' && !isDigit(s, i) {
			i++
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(original))
		}
		unitName := s[:i]
		s = s[i:]
		unit, ok := unitSizes[unitName]
		if !ok {
			return 0, errors.New("time: unknown unit " + quote(unitName) + " in duration " + quote(original))
		}
		if whole > (1<<63)/unit {
			return 0, errors.New("time: invalid duration " + quote(original))
		}
		whole *= unit
		if fraction > 0 {
			whole += uint64(float64(fraction) * (float64(unit) / float64(scale)))
			if whole > 1<<63 {
				return 0, errors.New("time: invalid duration " + quote(original))
			}
		}
		total += whole
		if total > 1<<63 {
			return 0, errors.New("time: invalid duration " + quote(original))
		}
	}
	if negative {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return 0, errors.New("time: invalid duration " + quote(original))
	}
	return Duration(total), nil
}

// leadingDigits reads the decimal number s starts with; overflow past 1<<63
// is reported.
func leadingDigits(s string) (value uint64, rest string, overflow bool) {
	i := 0
	for ; i < len(s) && isDigit(s, i); i++ {
		if value > 1<<63/10 {
			return 0, "", true
		}
		value = value*10 + uint64(s[i]-'0')
		if value > 1<<63 {
			return 0, "", true
		}
	}
	return value, s[i:], false
}

// leadingFraction reads the digits after a decimal point: their value and
// 10 to the number of digits kept (digits beyond what fits are dropped).
func leadingFraction(s string) (value, scale uint64, rest string) {
	scale = 1
	overflowed := false
	i := 0
	for ; i < len(s) && isDigit(s, i); i++ {
		if overflowed {
			continue
		}
		if value > (1<<63-1)/10 {
			overflowed = true
			continue
		}
		next := value*10 + uint64(s[i]-'0')
		if next > 1<<63 {
			overflowed = true
			continue
		}
		value = next
		scale *= 10
	}
	return value, scale, s[i:]
}

func isDigit(s string, i int) bool {
	return i < len(s) && s[i] >= '0' && s[i] <= '9'
}

// quote puts s in double quotes for an error text: quotes and backslashes
// escaped, and every byte outside printable ASCII (each byte of a non-ASCII
// character too) as \xNN.
func quote(s string) string {
	const hex = "0123456789abcdef"
	buf := make([]byte, 0, len(s)+2)
	buf = append(buf, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < ' ' || c >= 0x80:
			buf = append(buf, '\\', 'x', hex[c>>4], hex[c&0xf])
		case c == '"' || c == '\\':
			buf = append(buf, '\\', c)
		default:
			buf = append(buf, c)
		}
	}
	return string(append(buf, '"'))
}
