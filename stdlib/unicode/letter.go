// Package unicode answers questions about Unicode code points: their
// categories, scripts and properties, and their case mappings.
//
// The facts live in tables.go, generated from Go 1.19's own tables
// (Unicode 13.0.0) by _gen/maketables.go. A RangeTable is a sorted list of
// ranges with strides; lookups binary-search it. Latin-1 runes, by far the
// most common, are answered from a 256-entry property array instead.
package unicode

// Limits of the code point space.
const (
	// MaxRune is the largest valid Unicode code point.
	MaxRune = '\U0010FFFF'
	// ReplacementChar stands for an invalid code point.
	ReplacementChar = '\uFFFD'
	// MaxASCII is the largest ASCII value.
	MaxASCII = '\u007F'
	// MaxLatin1 is the largest Latin-1 value.
	MaxLatin1 = '\u00FF'
)

// The cases a CaseRange maps to, indexes into its Delta.
const (
	// UpperCase selects the upper-case mapping.
	UpperCase = iota
	// LowerCase selects the lower-case mapping.
	LowerCase
	// TitleCase selects the title-case mapping.
	TitleCase
	// MaxCase is the number of cases.
	MaxCase
)

// UpperLower, as every delta of a CaseRange, marks a range whose runes
// alternate upper case (at even offsets from Lo) and lower case.
const UpperLower = MaxRune + 1

// RangeTable is a set of code points given as sorted, non-overlapping
// ranges: those that fit 16 bits in R16, the rest in R32. LatinOffset is
// the number of R16 entries whose Hi is at most MaxLatin1.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// Range16 is the set of values Lo, Lo+Stride, Lo+2*Stride, ... up to Hi.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 is a Range16 with values above 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// d holds the deltas of a CaseRange, one per case.
type d [MaxCase]rune

// CaseRange maps the runes Lo..Hi to other cases by adding Delta[case]
// (or, for UpperLower, by alternating between upper and lower case).
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// SpecialCase is a language's own case mappings, consulted before the
// standard ones.
type SpecialCase []CaseRange

// foldPair is one entry of foldExceptions: SimpleFold(From) == To.
type foldPair struct {
	From uint16
	To   uint16
}

// in16 reports whether r is in the sorted ranges.
func in16(ranges []Range16, r uint16) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		rg := ranges[m]
		if r < rg.Lo {
			hi = m
		} else if r > rg.Hi {
			lo = m + 1
		} else {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
	}
	return false
}

// in32 reports whether r is in the sorted ranges.
func in32(ranges []Range32, r uint32) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		rg := ranges[m]
		if r < rg.Lo {
			hi = m
		} else if r > rg.Hi {
			lo = m + 1
		} else {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
	}
	return false
}

// Is reports whether the rune is in the table.
func Is(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return in16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return in32(r32, uint32(r))
	}
	return false
}

// isAboveLatin1 is Is for a rune known to be above MaxLatin1: it skips
// the table's Latin-1 ranges.
func isAboveLatin1(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16[rangeTab.LatinOffset:]
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return in16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return in32(r32, uint32(r))
	}
	return false
}

// In reports whether the rune is in any of the tables.
func In(r rune, ranges ...*RangeTable) bool {
	for _, table := range ranges {
		if Is(table, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is in any of the tables; In is the
// same with a variadic list.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, table := range ranges {
		if Is(table, r) {
			return true
		}
	}
	return false
}

// lookupCase maps r to the case _case by the ranges, and reports whether a
// range covered r.
func lookupCase(_case int, r rune, ranges []CaseRange) (rune, bool) {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar, false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		cr := ranges[m]
		if r < rune(cr.Lo) {
			hi = m
		} else if r > rune(cr.Hi) {
			lo = m + 1
		} else {
			delta := cr.Delta[_case]
			if delta > MaxRune {
				// Alternating upper (even offset) and lower (odd offset);
				// title case is upper case here.
				offset := r - rune(cr.Lo)
				return rune(cr.Lo) + offset&^1 + rune(_case&1), true
			}
			return r + delta, true
		}
	}
	return r, false
}

// To maps the rune to the case UpperCase, LowerCase or TitleCase; any
// other case gives ReplacementChar.
func To(_case int, r rune) rune {
	mapped, _ := lookupCase(_case, r, CaseRanges)
	return mapped
}

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower maps the rune to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(TitleCase, r)
}

// ToUpper maps the rune to upper case, preferring the special mappings.
func (special SpecialCase) ToUpper(r rune) rune {
	mapped, found := lookupCase(UpperCase, r, []CaseRange(special))
	if mapped == r && !found {
		mapped = ToUpper(r)
	}
	return mapped
}

// ToTitle maps the rune to title case, preferring the special mappings.
func (special SpecialCase) ToTitle(r rune) rune {
	mapped, found := lookupCase(TitleCase, r, []CaseRange(special))
	if mapped == r && !found {
		mapped = ToTitle(r)
	}
	return mapped
}

// ToLower maps the rune to lower case, preferring the special mappings.
func (special SpecialCase) ToLower(r rune) rune {
	mapped, found := lookupCase(LowerCase, r, []CaseRange(special))
	if mapped == r && !found {
		mapped = ToLower(r)
	}
	return mapped
}

// SimpleFold returns the next rune after r in r's simple case-folding
// orbit, the smallest one if r is the largest: for example 'A' gives 'a',
// 'a' gives 'A'; 'K' gives 'k', 'k' gives the Kelvin sign U+212A, which
// gives 'K'. A rune that folds to nothing else, or an invalid one, gives
// itself.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	if r < 0x10000 {
		lo, hi := 0, len(foldExceptions)
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			from := rune(foldExceptions[m].From)
			if r < from {
				hi = m
			} else if r > from {
				lo = m + 1
			} else {
				return rune(foldExceptions[m].To)
			}
		}
	}
	if lower := ToLower(r); lower != r {
		return lower
	}
	return ToUpper(r)
}
