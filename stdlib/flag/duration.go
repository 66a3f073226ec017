package flag

import (
	"errors"
	"time"
)

// parseDuration reads a duration as time.ParseDuration does ("300ms", "-1.5h",
// "2h45m"): an optional sign, then numbers with fractions, each followed by a unit
// of ns, us (µs, μs), ms, s, m or h. It is here because minigo's time package has no
// ParseDuration yet; flag only needs to know whether the text is valid.
func parseDuration(s string) (time.Duration, error) {
	invalid := errors.New("time: invalid duration")
	negative := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		negative = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, invalid
	}
	var total uint64
	for s != "" {
		whole, fraction, scale, rest, ok := leadingNumber(s)
		if !ok {
			return 0, invalid
		}
		unitEnd := 0
		for unitEnd < len(rest) && rest[unitEnd] != '.' && (rest[unitEnd] < '0' || rest[unitEnd] > '9') {
			unitEnd++
		}
		unit, known := durationUnits[rest[:unitEnd]]
		if !known {
			return 0, invalid
		}
		s = rest[unitEnd:]
		if whole > (1<<63)/unit {
			return 0, invalid
		}
		value := whole * unit
		if fraction > 0 {
			value += uint64(float64(fraction) * (float64(unit) / scale))
		}
		total += value
		if total > 1<<63 {
			return 0, invalid
		}
	}
	if negative {
		return -time.Duration(total), nil
	}
	if total > 1<<63-1 {
		return 0, invalid
	}
	return time.Duration(total), nil
}

var durationUnits = map[string]uint64{
	"ns": 1, "us": 1e3, "µs": 1e3, "μs": 1e3, "ms": 1e6, "s": 1e9, "m": 60e9, "h": 3600e9,
}

// leadingNumber reads digits [. digits] at the start of s: the whole part, the
// fraction's digits as an integer and the power of ten dividing it.
func leadingNumber(s string) (whole, fraction uint64, scale float64, rest string, ok bool) {
	i := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		if whole > (1<<63-1)/10 {
			return 0, 0, 1, "", false
		}
		whole = whole*10 + uint64(s[i]-'0')
	}
	digits := i
	scale = 1
	if i < len(s) && s[i] == '.' {
		i++
		for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
			if scale < 1e18 {
				fraction = fraction*10 + uint64(s[i]-'0')
				scale *= 10
			}
			digits++
		}
	}
	return whole, fraction, scale, s[i:], digits > 0
}
