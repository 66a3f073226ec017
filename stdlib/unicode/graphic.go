package unicode

// GraphicRanges are the tables whose runes IsGraphic accepts (besides the
// spaces of category Zs).
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

// PrintRanges are the tables whose runes IsPrint accepts (besides the
// ASCII space U+0020).
var PrintRanges = []*RangeTable{L, M, N, P, S}

// IsGraphic reports whether the rune is a graphic character: a letter,
// mark, number, punctuation, symbol or space (category Zs).
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return properties[uint8(r)]&pg != 0
	}
	return In(r, GraphicRanges...)
}

// IsPrint reports whether the rune is printable as Go defines it: a
// letter, mark, number, punctuation or symbol, or the ASCII space. Other
// spaces, such as U+00A0, are not.
func IsPrint(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return properties[uint8(r)]&pp != 0
	}
	return In(r, PrintRanges...)
}

// IsControl reports whether the rune is a control character (category Cc,
// which lies inside Latin-1). Surrogates and private-use runes are not.
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return properties[uint8(r)]&pC != 0
	}
	return false
}

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return properties[uint8(r)]&pLmask != 0
	}
	return isAboveLatin1(Letter, r)
}

// IsMark reports whether the rune is a mark (category M).
func IsMark(r rune) bool {
	// No Latin-1 rune is a mark.
	return isAboveLatin1(Mark, r)
}

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return properties[uint8(r)]&pN != 0
	}
	return isAboveLatin1(Number, r)
}

// IsDigit reports whether the rune is a decimal digit (category Nd).
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return isAboveLatin1(Digit, r)
}

// IsPunct reports whether the rune is punctuation (category P).
func IsPunct(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return properties[uint8(r)]&pP != 0
	}
	return Is(Punct, r)
}

// IsSymbol reports whether the rune is a symbol (category S).
func IsSymbol(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return properties[uint8(r)]&pS != 0
	}
	return isAboveLatin1(Symbol, r)
}

// IsSpace reports whether the rune is white space: in Latin-1 '\t', '\n',
// '\v', '\f', '\r', ' ', U+0085 and U+00A0; beyond it, the runes with the
// White_Space property.
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return isAboveLatin1(White_Space, r)
}

// IsUpper reports whether the rune is an upper-case letter (category Lu).
func IsUpper(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return properties[uint8(r)]&pLmask == pLu
	}
	return isAboveLatin1(Upper, r)
}

// IsLower reports whether the rune is a lower-case letter (category Ll).
func IsLower(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return properties[uint8(r)]&pLmask == pLl
	}
	return isAboveLatin1(Lower, r)
}

// IsTitle reports whether the rune is a title-case letter (category Lt).
func IsTitle(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return isAboveLatin1(Title, r)
}
