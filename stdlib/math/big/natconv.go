package big

import (
	"errors"
	"io"
)

const digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

var errNoDigits = errors.New("number has no digits")

// maxPower returns the largest power of base that fits in a Word, and its exponent.
func maxPower(base Word) (power Word, n int) {
	power = base
	n = 1
	for max := wordMax / base; power <= max; {
		power *= base
		n++
	}
	return power, n
}

// itoa returns x in the given base (2..62) with a leading '-' if neg.
func (x nat) itoa(neg bool, base int) []byte {
	if base < 2 || base > MaxBase {
		panic("invalid base")
	}
	if len(x) == 0 {
		return []byte("0")
	}
	// Divide by the largest word-sized power of base, each remainder giving a fixed number of
	// digits (the top one without its leading zeros).
	power, n := maxPower(Word(base))
	var chunks []Word
	q := nat(nil).set(x)
	for len(q) > 0 {
		var r Word
		q, r = q.divW(q, power)
		chunks = append(chunks, r)
	}
	out := make([]byte, 0, len(chunks)*n+1)
	if neg {
		out = append(out, '-')
	}
	var buf [64]byte
	for i := len(chunks) - 1; i >= 0; i-- {
		w := chunks[i]
		j := len(buf)
		for k := 0; k < n; k++ {
			j--
			buf[j] = digits[w%Word(base)]
			w /= Word(base)
			if i == len(chunks)-1 && w == 0 {
				break
			}
		}
		out = append(out, buf[j:]...)
	}
	return out
}

// scan reads an unsigned number in the given base from r: base 0 takes a prefix (0b, 0o, 0x, or
// a leading 0 for octal) and allows underscores between digits, as Go literals do. It returns the
// base used, and errNoDigits when no digit came; the first non-digit is unread.
func (z nat) scan(r io.ByteScanner, base int) (res nat, b int, err error) {
	b = base
	prefix := 0
	ch, err := r.ReadByte()
	if base == 0 {
		b = 10
		if err == nil && ch == '0' {
			prefix = '0'
			ch, err = r.ReadByte()
			if err == nil {
				switch lower(ch) {
				case 'b':
					b, prefix = 2, 'b'
				case 'o':
					b, prefix = 8, 'o'
				case 'x':
					b, prefix = 16, 'x'
				default:
					b = 8
				}
				if prefix != '0' {
					ch, err = r.ReadByte()
				}
			}
		}
	}
	power, n := maxPower(Word(b))
	z = z[:0]
	var chunk Word
	count := 0 // digits in chunk
	digitsRead := 0
	previous := '.' // '_' after an underscore, '0' after a digit or prefix
	if prefix != 0 {
		previous = '0'
		if prefix == '0' {
			digitsRead = 1 // the leading 0 is a digit
		}
	}
	invalidSeparator := false
	for err == nil {
		if ch == '_' && base == 0 {
			if previous != '0' {
				invalidSeparator = true
			}
			previous = '_'
			ch, err = r.ReadByte()
			continue
		}
		d := digitValueIn(ch, b)
		if d >= b {
			r.UnreadByte()
			break
		}
		previous = '0'
		chunk = chunk*Word(b) + Word(d)
		count++
		digitsRead++
		if count == n {
			z = z.mulAddWW(z, power, chunk)
			chunk, count = 0, 0
		}
		ch, err = r.ReadByte()
	}
	if err == io.EOF {
		err = nil
	}
	if err == nil && (invalidSeparator || previous == '_') {
		err = errors.New("'_' must separate successive digits")
	}
	if digitsRead == 0 {
		if prefix == '0' {
			return z[:0], 10, err
		}
		if err == nil {
			err = errNoDigits
		}
		return z, b, err
	}
	if count > 0 {
		scale := Word(1)
		for i := 0; i < count; i++ {
			scale *= Word(b)
		}
		z = z.mulAddWW(z, scale, chunk)
	}
	return z.norm(), b, err
}

func lower(c byte) byte { return c | ('x' - 'X') }

// digitValue is the value of c as a digit in bases up to 62 (MaxBase+1 for none). In bases up
// to 36 letters of either case count 10..35; above, lowercase 10..35 and uppercase 36..61.
func digitValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'z':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'Z':
		return int(c-'A') + 36
	}
	return MaxBase + 1
}

// digitValueIn is digitValue for a given base, folding case in bases up to 36.
func digitValueIn(c byte, base int) int {
	if base <= 36 && 'A' <= c && c <= 'Z' {
		return int(c-'A') + 10
	}
	return digitValue(c)
}
