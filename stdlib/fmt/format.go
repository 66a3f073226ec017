package fmt

import (
	"strconv"
	"unicode/utf8"
)

const (
	lowerHex = "0123456789abcdefx"
	upperHex = "0123456789ABCDEFX"
)

// spec is one verb's flags, width and precision, as parsed from the format
// (Print's operands use the zero spec).
type spec struct {
	minus, plus, sharp, space, zero bool
	// plusV and sharpV are %+v and %#v: the flags move here for the 'v' verb
	// so that the layouts below, which read plus and sharp, see them unset.
	plusV, sharpV bool
	hasWidth      bool
	hasPrecision  bool
	width         int
	precision     int
}

// digitsBuffer holds one number's text while it is laid out right to left
// (printer.scratch: a local array would be allocated on the heap each time,
// minigo having no escape analysis for slices of locals).
type digitsBuffer [72]byte

// writePadding appends n bytes of padding: zeros under the 0 flag, else spaces.
func (p *printer) writePadding(n int) {
	if n <= 0 {
		return
	}
	fill := byte(' ')
	if p.spec.zero {
		fill = '0'
	}
	for ; n > 0; n-- {
		p.buf = append(p.buf, fill)
	}
}

// pad appends b padded to the width (counted in runes), on the left unless
// the - flag asks for the right.
func (p *printer) pad(b []byte) {
	if !p.spec.hasWidth || p.spec.width == 0 {
		p.buf = append(p.buf, b...)
		return
	}
	fill := p.spec.width - utf8.RuneCount(b)
	if p.spec.minus {
		p.buf = append(p.buf, b...)
		p.writePadding(fill)
		return
	}
	p.writePadding(fill)
	p.buf = append(p.buf, b...)
}

// padString is pad for a string.
func (p *printer) padString(s string) {
	if !p.spec.hasWidth || p.spec.width == 0 {
		p.buf = append(p.buf, s...)
		return
	}
	fill := p.spec.width - utf8.RuneCountInString(s)
	if p.spec.minus {
		p.buf = append(p.buf, s...)
		p.writePadding(fill)
		return
	}
	p.writePadding(fill)
	p.buf = append(p.buf, s...)
}

// padNoZero pads with spaces whatever the 0 flag says (numbers that carry
// their own zeros already, and Inf/NaN).
func (p *printer) padNoZero(b []byte) {
	zero := p.spec.zero
	p.spec.zero = false
	p.pad(b)
	p.spec.zero = zero
}

func (p *printer) layoutBool(v bool) {
	if v {
		p.padString("true")
	} else {
		p.padString("false")
	}
}

// layoutInteger writes u (the bits of a signed value when signed) in base
// with the flags: precision as a minimum digit count, 0 padding as digits,
// # prefixes, %O's 0o and the sign.
func (p *printer) layoutInteger(u uint64, base int, signed bool, verb rune, digits string) {
	negative := signed && int64(u) < 0
	if negative {
		u = -u
	}
	buf := p.scratch[:]
	if p.spec.hasWidth || p.spec.hasPrecision {
		if need := 3 + p.spec.width + p.spec.precision; need > len(buf) {
			buf = make([]byte, need)
		}
	}
	minDigits := 0
	if p.spec.hasPrecision {
		minDigits = p.spec.precision
		if minDigits == 0 && u == 0 { // %.0d of zero prints nothing but padding
			zero := p.spec.zero
			p.spec.zero = false
			p.writePadding(p.spec.width)
			p.spec.zero = zero
			return
		}
	} else if p.spec.zero && p.spec.hasWidth {
		minDigits = p.spec.width
		if negative || p.spec.plus || p.spec.space {
			minDigits-- // the sign takes one column
		}
	}
	i := len(buf)
	switch base {
	case 10:
		for u >= 10 {
			q := u / 10
			i--
			buf[i] = byte('0' + u - q*10)
			u = q
		}
	case 16:
		for u >= 16 {
			i--
			buf[i] = digits[u&15]
			u >>= 4
		}
	case 8:
		for u >= 8 {
			i--
			buf[i] = byte('0' + u&7)
			u >>= 3
		}
	case 2:
		for u >= 2 {
			i--
			buf[i] = byte('0' + u&1)
			u >>= 1
		}
	}
	i--
	buf[i] = digits[u]
	for i > 0 && minDigits > len(buf)-i {
		i--
		buf[i] = '0'
	}
	if p.spec.sharp {
		switch base {
		case 2:
			i -= 2
			buf[i], buf[i+1] = '0', 'b'
		case 8:
			if buf[i] != '0' {
				i--
				buf[i] = '0'
			}
		case 16:
			i -= 2
			buf[i], buf[i+1] = '0', digits[16]
		}
	}
	if verb == 'O' {
		i -= 2
		buf[i], buf[i+1] = '0', 'o'
	}
	if negative {
		i--
		buf[i] = '-'
	} else if p.spec.plus {
		i--
		buf[i] = '+'
	} else if p.spec.space {
		i--
		buf[i] = ' '
	}
	p.padNoZero(buf[i:])
}

// layoutHex0x writes u in lower-case hexadecimal, with 0x when with0x (%#v
// of unsigned numbers and of pointers, %p).
func (p *printer) layoutHex0x(u uint64, with0x bool) {
	sharp := p.spec.sharp
	p.spec.sharp = with0x
	p.layoutInteger(u, 16, false, 'v', lowerHex)
	p.spec.sharp = sharp
}

// runeOf is the rune %c and %q print for an integer: U+FFFD past the range.
func runeOf(u uint64) rune {
	if u > utf8.MaxRune {
		return utf8.RuneError
	}
	return rune(u)
}

func (p *printer) layoutChar(u uint64) {
	p.pad(utf8.AppendRune(p.scratch[:0], runeOf(u)))
}

func (p *printer) layoutQuotedChar(u uint64) {
	r := runeOf(u)
	if p.spec.plus {
		p.pad(strconv.AppendQuoteRuneToASCII(p.scratch[:0], r))
	} else {
		p.pad(strconv.AppendQuoteRune(p.scratch[:0], r))
	}
}

// layoutUnicode writes U+hex with at least four digits (or the precision),
// and with # the character itself when printable.
func (p *printer) layoutUnicode(u uint64) {
	buf := p.scratch[:]
	digits := 4
	if p.spec.hasPrecision && p.spec.precision > 4 {
		digits = p.spec.precision
		if need := digits + 2 + 3 + utf8.UTFMax + 1; need > len(buf) {
			buf = make([]byte, need)
		}
	}
	i := len(buf)
	if p.spec.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		i--
		buf[i] = '\''
		i -= utf8.RuneLen(rune(u))
		utf8.EncodeRune(buf[i:], rune(u))
		i -= 2
		buf[i], buf[i+1] = ' ', '\''
	}
	for u >= 16 {
		i--
		buf[i] = upperHex[u&15]
		digits--
		u >>= 4
	}
	i--
	buf[i] = upperHex[u]
	digits--
	for ; digits > 0; digits-- {
		i--
		buf[i] = '0'
	}
	i -= 2
	buf[i], buf[i+1] = 'U', '+'
	p.padNoZero(buf[i:])
}

// layoutFloat writes v (of size bits) with strconv's verb and precision (the
// spec's precision wins when present), then the flags: sign, # keeping the
// point and trailing zeros, and zero padding after the sign.
func (p *printer) layoutFloat(v float64, size int, verb rune, precision int) {
	if p.spec.hasPrecision {
		precision = p.spec.precision
	}
	num := strconv.AppendFloat(p.scratch[:1], v, byte(verb), precision, size)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	} else {
		num[0] = '+'
	}
	if p.spec.space && num[0] == '+' && !p.spec.plus {
		num[0] = ' '
	}
	if num[1] == 'I' || num[1] == 'N' { // Inf and NaN are never zero padded
		if num[1] == 'N' && !p.spec.space && !p.spec.plus {
			num = num[1:]
		}
		p.padNoZero(num)
		return
	}
	if p.spec.sharp && verb != 'b' {
		num = keepPointAndZeros(num, verb, precision)
	}
	if p.spec.plus || num[0] != '+' {
		if p.spec.zero && p.spec.hasWidth && p.spec.width > len(num) {
			p.buf = append(p.buf, num[0])
			p.writePadding(p.spec.width - len(num))
			p.buf = append(p.buf, num[1:]...)
			return
		}
		p.pad(num)
		return
	}
	p.pad(num[1:]) // no sign wanted
}

// keepPointAndZeros is %#'s alternate float form: a decimal point always,
// and for %g/%v/%x the significant digits up to the precision (6 by default).
func keepPointAndZeros(num []byte, verb rune, precision int) []byte {
	wanted := 0
	switch verb {
	case 'v', 'g', 'G', 'x':
		wanted = precision
		if wanted == -1 {
			wanted = 6
		}
	}
	var exponent []byte
	hasPoint, seenNonZero := false, false
	for i := 1; i < len(num); i++ {
		c := num[i]
		if c == '.' {
			hasPoint = true
			continue
		}
		if c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X') {
			exponent = append(exponent, num[i:]...)
			num = num[:i]
			break
		}
		if c != '0' {
			seenNonZero = true
		}
		if seenNonZero {
			wanted--
		}
	}
	if !hasPoint {
		if len(num) == 2 && num[1] == '0' { // a lone zero counts as a digit
			wanted--
		}
		num = append(num, '.')
	}
	for ; wanted > 0; wanted-- {
		num = append(num, '0')
	}
	return append(num, exponent...)
}

// clipString cuts s to the precision, counted in runes.
func (p *printer) clipString(s string) string {
	if !p.spec.hasPrecision {
		return s
	}
	n := p.spec.precision
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

func (p *printer) clipBytes(b []byte) []byte {
	if !p.spec.hasPrecision {
		return b
	}
	n := p.spec.precision
	for i := 0; i < len(b); {
		if n == 0 {
			return b[:i]
		}
		n--
		_, size := utf8.DecodeRune(b[i:])
		i += size
	}
	return b
}

// layoutHexString writes the bytes of s (or of b when b is not nil) as hex
// digits: # puts 0x before each group, space separates the bytes.
func (p *printer) layoutHexString(s string, b []byte, digits string) {
	n := len(b)
	if b == nil {
		n = len(s)
	}
	if p.spec.hasPrecision && p.spec.precision < n {
		n = p.spec.precision
	}
	width := 2 * n
	if width == 0 {
		if p.spec.hasWidth {
			p.writePadding(p.spec.width)
		}
		return
	}
	if p.spec.space {
		if p.spec.sharp {
			width *= 2
		}
		width += n - 1
	} else if p.spec.sharp {
		width += 2
	}
	if p.spec.hasWidth && p.spec.width > width && !p.spec.minus {
		p.writePadding(p.spec.width - width)
	}
	buf := p.buf
	if p.spec.sharp {
		buf = append(buf, '0', digits[16])
	}
	for i := 0; i < n; i++ {
		if p.spec.space && i > 0 {
			buf = append(buf, ' ')
			if p.spec.sharp {
				buf = append(buf, '0', digits[16])
			}
		}
		var c byte
		if b != nil {
			c = b[i]
		} else {
			c = s[i]
		}
		buf = append(buf, digits[c>>4], digits[c&15])
	}
	p.buf = buf
	if p.spec.hasWidth && p.spec.width > width && p.spec.minus {
		p.writePadding(p.spec.width - width)
	}
}

// layoutQuoted writes s as a Go string literal: backquoted under # when it
// can be, ASCII-only under +.
func (p *printer) layoutQuoted(s string) {
	s = p.clipString(s)
	if p.spec.sharp && strconv.CanBackquote(s) {
		p.padString("`" + s + "`")
		return
	}
	if p.spec.plus {
		p.pad(strconv.AppendQuoteToASCII(p.scratch[:0], s))
	} else {
		p.pad(strconv.AppendQuote(p.scratch[:0], s))
	}
}
