// Package utf16 converts between runes and UTF-16 code units, where runes
// above U+FFFF are written as a pair of surrogate halves.
package utf16

const (
	replacementChar = '\uFFFD'
	maxRune         = '\U0010FFFF'

	// A high (leading) surrogate is in [surr1, surr2), a low (trailing)
	// one in [surr2, surr3); a pair carries 20 bits above surrSelf.
	surr1    = 0xD800
	surr2    = 0xDC00
	surr3    = 0xE000
	surrSelf = 0x10000
)

// IsSurrogate reports whether r is a surrogate half, a value that can only
// appear as part of a pair.
func IsSurrogate(r rune) bool {
	return surr1 <= r && r < surr3
}

// DecodeRune returns the rune a surrogate pair (r1, r2) encodes, or
// U+FFFD if they are not a high surrogate followed by a low one.
func DecodeRune(r1, r2 rune) rune {
	if surr1 <= r1 && r1 < surr2 && surr2 <= r2 && r2 < surr3 {
		return (r1-surr1)<<10 | (r2 - surr2) + surrSelf
	}
	return replacementChar
}

// EncodeRune returns the surrogate pair encoding r. If r does not need a
// pair (or is not a valid rune) it returns (U+FFFD, U+FFFD).
func EncodeRune(r rune) (r1, r2 rune) {
	if r < surrSelf || r > maxRune {
		return replacementChar, replacementChar
	}
	r -= surrSelf
	return surr1 + (r>>10)&0x3FF, surr2 + r&0x3FF
}

// Encode returns the UTF-16 encoding of the runes s. Invalid runes and
// surrogate halves are encoded as U+FFFD.
func Encode(s []rune) []uint16 {
	n := len(s)
	for _, r := range s {
		if r >= surrSelf {
			n++
		}
	}
	out := make([]uint16, n)
	i := 0
	for _, r := range s {
		switch {
		case 0 <= r && r < surr1, surr3 <= r && r < surrSelf:
			out[i] = uint16(r)
			i++
		case surrSelf <= r && r <= maxRune:
			r1, r2 := EncodeRune(r)
			out[i] = uint16(r1)
			out[i+1] = uint16(r2)
			i += 2
		default:
			out[i] = replacementChar
			i++
		}
	}
	return out[:i]
}

// Decode returns the runes the UTF-16 encoding s stands for. A surrogate
// half that is not part of a valid pair decodes as U+FFFD.
func Decode(s []uint16) []rune {
	out := make([]rune, len(s))
	n := 0
	for i := 0; i < len(s); i++ {
		unit := rune(s[i])
		switch {
		case unit < surr1 || surr3 <= unit:
			out[n] = unit
		case unit < surr2 && i+1 < len(s) && surr2 <= rune(s[i+1]) && rune(s[i+1]) < surr3:
			out[n] = DecodeRune(unit, rune(s[i+1]))
			i++
		default:
			out[n] = replacementChar
		}
		n++
	}
	return out[:n]
}
