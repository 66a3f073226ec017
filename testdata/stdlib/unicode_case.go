// unicode: ToUpper/ToLower/ToTitle/To/SimpleFold over every rune (summarised), orbits of the
// runes that fold in threes, and the Turkish special case.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	var sums [5]uint64
	var changed [5]int
	for r := rune(-3); r <= unicode.MaxRune+3; r++ {
		got := [5]rune{unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r),
			unicode.SimpleFold(r), unicode.To(unicode.TitleCase, r)}
		for i, g := range got {
			if g != r {
				changed[i]++
				sums[i] = sums[i]*1000003 + uint64(r)*31 + uint64(g)
			}
		}
	}
	fmt.Println("changed:", changed)
	fmt.Println("sums:", sums)
	for _, r := range []rune{'A', 'a', 'k', 'K', 0x212a, 's', 0x17f, 0xdf, 0x1e9e, 0x1c4, 0x1c5,
		0x1c6, 0x3a3, 0x3c2, 0x3c3, 0x398, 0x3b8, 0x3d1, 0x3f4, 0x1e60, 0x1e61, 0x1e9b, '1', -1,
		0x110000, 0x10400, 0x10428, 0x130, 0x131, 'i', 'I'} {
		fmt.Printf("%U: upper %U lower %U title %U orbit", r, unicode.ToUpper(r), unicode.ToLower(r),
			unicode.ToTitle(r))
		f := unicode.SimpleFold(r)
		for i := 0; i < 5 && f != r; i++ {
			fmt.Printf(" %U", f)
			f = unicode.SimpleFold(f)
		}
		fmt.Println()
	}
	fmt.Printf("%U %U %U\n", unicode.To(-1, 'a'), unicode.To(3, 'a'), unicode.To(unicode.LowerCase, 'Q'))
	for _, r := range []rune{'i', 'I', 0x130, 0x131, 'a', 'Z', 0xe9, 0x1c5} {
		fmt.Printf("%U: %U %U %U / %U %U %U\n", r, unicode.TurkishCase.ToUpper(r),
			unicode.TurkishCase.ToLower(r), unicode.TurkishCase.ToTitle(r),
			unicode.AzeriCase.ToUpper(r), unicode.AzeriCase.ToLower(r), unicode.AzeriCase.ToTitle(r))
	}
	special := unicode.SpecialCase{unicode.CaseRange{'a', 'c', [unicode.MaxCase]rune{5, 0, -1}}}
	fmt.Printf("%U %U %U %U\n", special.ToUpper('b'), special.ToLower('b'), special.ToTitle('b'),
		special.ToUpper('x'))
}
