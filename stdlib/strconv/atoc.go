package strconv

const fnParseComplex = "ParseComplex"

// ParseComplex returns the complex number s stands for: "a", "bi" or
// "a+bi" (or "a-bi"), optionally in parentheses, each part a number
// ParseFloat accepts (including Inf and NaN), rounded to float32 when
// bitSize is 64 (a complex64) and to float64 otherwise. Errors are
// *NumError with Func "ParseComplex": ErrSyntax, or ErrRange with the
// part that overflowed set to ±Inf.
func ParseComplex(s string, bitSize int) (complex128, error) {
	partSize := 64
	if bitSize == 64 {
		partSize = 32
	}
	whole := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var pendingRange error
	first, n, err := parseFloatPrefix(s, partSize)
	if err != nil {
		if !isRangeError(err) {
			return 0, syntaxError(fnParseComplex, whole)
		}
		pendingRange = rangeError(fnParseComplex, whole)
	}
	s = s[n:]
	if len(s) == 0 {
		return complex(first, 0), pendingRange
	}
	switch s[0] {
	case '+':
		// The sign may start "+Inf" or "+NaN", which the float parser reads
		// unsigned; "++" stays for the parser to refuse.
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, first), pendingRange
		}
		return 0, syntaxError(fnParseComplex, whole)
	default:
		return 0, syntaxError(fnParseComplex, whole)
	}
	second, n, err := parseFloatPrefix(s, partSize)
	if err != nil {
		if !isRangeError(err) {
			return 0, syntaxError(fnParseComplex, whole)
		}
		pendingRange = rangeError(fnParseComplex, whole)
	}
	if s[n:] != "i" {
		return 0, syntaxError(fnParseComplex, whole)
	}
	return complex(first, second), pendingRange
}

func isRangeError(err error) bool {
	numErr, ok := err.(*NumError)
	return ok && numErr.Err == ErrRange
}
