// Package strconv converts between strings and booleans, integers,
// floats and quoted Go literals, with gc's results and error texts.
//
// Float formatting and parsing work on exact decimal values (see
// decimal.go), so digits and roundings are exactly gc's (correctly
// rounded, half to even); they are slower than gc's Ryu and Eisel-Lemire
// fast paths, which are room for later speed.
package strconv

import "errors"

// IntSize is the size of an int or uint in bits.
const IntSize = intSize

const intSize = 32 << (^uint(0) >> 63)

const maxUint64 = 1<<64 - 1

// ErrRange means a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax means a value does not have the right syntax.
var ErrSyntax = errors.New("invalid syntax")

// NumError records a failed conversion: the function, its input and why.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, Atoi, ...)
	Num  string // the input
	Err  error  // the reason: ErrRange, ErrSyntax or another
}

// Error returns `strconv.FUNC: parsing "NUM": REASON`.
func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

// Unwrap returns the reason, so that errors.Is(err, ErrRange) works.
func (e *NumError) Unwrap() error { return e.Err }

// cloneString copies s, so that an error does not keep a large input
// alive through a substring.
func cloneString(s string) string { return string([]byte(s)) }

func syntaxError(fn, str string) *NumError {
	return &NumError{fn, cloneString(str), ErrSyntax}
}

func rangeError(fn, str string) *NumError {
	return &NumError{fn, cloneString(str), ErrRange}
}

func baseError(fn, str string, base int) *NumError {
	return &NumError{fn, cloneString(str), errors.New("invalid base " + Itoa(base))}
}

func bitSizeError(fn, str string, bitSize int) *NumError {
	return &NumError{fn, cloneString(str), errors.New("invalid bit size " + Itoa(bitSize))}
}

// lower maps an ASCII letter to lower case (and other bytes somewhere
// harmless).
func lower(c byte) byte { return c | ('x' - 'X') }

// ParseBool returns the value of "1", "t", "T", "TRUE", "true", "True",
// "0", "f", "F", "FALSE", "false" or "False"; anything else is an error.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, syntaxError("ParseBool", str)
}

// FormatBool returns "true" or "false".
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends "true" or "false" to dst.
func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

// ParseUint is ParseInt for unsigned numbers: no sign is allowed. Out of
// range values give the largest value of the bit size and ErrRange.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const fn = "ParseUint"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	prefixed := base == 0
	s0 := s
	switch {
	case 2 <= base && base <= 36:
	case base == 0:
		base = 10
		if s[0] == '0' {
			switch {
			case len(s) >= 3 && lower(s[1]) == 'b':
				base, s = 2, s[2:]
			case len(s) >= 3 && lower(s[1]) == 'o':
				base, s = 8, s[2:]
			case len(s) >= 3 && lower(s[1]) == 'x':
				base, s = 16, s[2:]
			default:
				base, s = 8, s[1:]
			}
		}
	default:
		return 0, baseError(fn, s0, base)
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, bitSizeError(fn, s0, bitSize)
	}
	// cutoff is the smallest n for which n*base overflows 64 bits.
	cutoff := uint64(maxUint64)/uint64(base) + 1
	maxVal := uint64(1)<<uint(bitSize) - 1
	underscores := false
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d byte
		switch {
		case c == '_' && prefixed:
			underscores = true
			continue
		case '0' <= c && c <= '9':
			d = c - '0'
		case 'a' <= lower(c) && lower(c) <= 'z':
			d = lower(c) - 'a' + 10
		default:
			return 0, syntaxError(fn, s0)
		}
		if d >= byte(base) {
			return 0, syntaxError(fn, s0)
		}
		if n >= cutoff {
			return maxVal, rangeError(fn, s0)
		}
		n *= uint64(base)
		next := n + uint64(d)
		if next < n || next > maxVal {
			return maxVal, rangeError(fn, s0)
		}
		n = next
	}
	if underscores && !underscoresOK(s0) {
		return 0, syntaxError(fn, s0)
	}
	return n, nil
}

// ParseInt interprets s in the given base (2 to 36, or 0: from the
// prefix "0b", "0o", "0x" or "0", else 10, with underscores allowed as in
// Go literals) and bit size (0, 8, 16, 32, 64; 0 means int), after an
// optional sign. Errors are *NumError; out of range values give the
// nearest limit and ErrRange.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	const fn = "ParseInt"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	s0 := s
	negative := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		negative = true
		s = s[1:]
	}
	un, err := ParseUint(s, base, bitSize)
	if err != nil && err.(*NumError).Err != ErrRange {
		err.(*NumError).Func = fn
		err.(*NumError).Num = cloneString(s0)
		return 0, err
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	cutoff := uint64(1 << uint(bitSize-1))
	if !negative && un >= cutoff {
		return int64(cutoff - 1), rangeError(fn, s0)
	}
	if negative && un > cutoff {
		return -int64(cutoff), rangeError(fn, s0)
	}
	n := int64(un)
	if negative {
		n = -n
	}
	return n, nil
}

// Atoi is ParseInt(s, 10, 0) converted to int, with "Atoi" in its errors.
func Atoi(s string) (int, error) {
	const fn = "Atoi"
	if n := len(s); 0 < n && n < 19 && intSize == 64 || 0 < n && n < 10 && intSize == 32 {
		// Short enough not to overflow: a direct loop.
		s0 := s
		if s[0] == '-' || s[0] == '+' {
			s = s[1:]
			if len(s) < 1 {
				return 0, syntaxError(fn, s0)
			}
		}
		v := 0
		for i := 0; i < len(s); i++ {
			d := s[i] - '0'
			if d > 9 {
				return 0, syntaxError(fn, s0)
			}
			v = v*10 + int(d)
		}
		if s0[0] == '-' {
			v = -v
		}
		return v, nil
	}
	v, err := ParseInt(s, 10, 0)
	if numErr, ok := err.(*NumError); ok {
		numErr.Func = fn
	}
	return int(v), err
}

// underscoresOK reports whether the underscores of s (a number with
// optional sign and base prefix) each sit between two digits, the prefix
// counting as a digit, as Go's literal syntax requires.
func underscoresOK(s string) bool {
	// last is the class of the previous character: '^' the start, '0' a
	// digit or the prefix, '_' an underscore, '!' anything else.
	last := '^'
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		last = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' || hex && 'a' <= lower(s[i]) && lower(s[i]) <= 'f' {
			last = '0'
			continue
		}
		if s[i] == '_' {
			if last != '0' {
				return false
			}
			last = '_'
			continue
		}
		if last == '_' {
			return false
		}
		last = '!'
	}
	return last != '_'
}
