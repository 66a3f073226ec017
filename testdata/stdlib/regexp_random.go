// regexp: deterministic random patterns (nested groups, alternations,
// repetitions, classes, assertions, flags) run on random inputs, printing
// every match with its submatch indices, leftmost-first and leftmost-longest,
// and ReplaceAllString with a group reference. gc is the reference.
package main

import (
	"fmt"
	"regexp"
	"strconv"
)

// lcg is a tiny deterministic generator, independent of math/rand.
type lcg uint64

func (g *lcg) intn(n int) int {
	*g = *g*6364136223846793005 + 1442695040888963407
	return int(uint64(*g)>>33) % n
}

var atoms = []string{"a", "b", "c", ".", `\d`, `\w`, `\s`, `\b`, `\B`, "^", "$", "[ab]", "[^a]", "(?i)k",
	"A", `\n`, "x", "é", "[[:alpha:]]", `\pL`, `\p{Greek}`, "()", "(?m)^", "(?m)$", "(?s).", `\A`, `\z`,
	"[a-c]", "σ", "(?U)b+"}

var ops = []string{"*", "+", "?", "*?", "+?", "??", "{2}", "{1,3}", "{0,2}?", "{2,}", ""}

func pattern(g *lcg, depth int) string {
	s := ""
	for n := 1 + g.intn(3); n > 0; n-- {
		var a string
		switch k := g.intn(10); {
		case depth < 3 && k < 2:
			a = "(" + pattern(g, depth+1) + ")"
		case depth < 3 && k < 3:
			a = "(?:" + pattern(g, depth+1) + "|" + pattern(g, depth+1) + ")"
		case depth < 3 && k < 4:
			a = "(?P<n" + strconv.Itoa(g.intn(100)) + ">" + pattern(g, depth+1) + ")"
		default:
			a = atoms[g.intn(len(atoms))]
		}
		if g.intn(3) == 0 {
			a += ops[g.intn(len(ops))]
		}
		s += a
	}
	if g.intn(5) == 0 {
		s += "|" + pattern(g, depth+1)
	}
	return s
}

func input(g *lcg) string {
	chars := []string{"a", "b", "c", "A", "x", " ", "\n", "1", "é", "σ", "Σ", "_", "ab", "aa", "k", "K"}
	s := ""
	for n := g.intn(12); n > 0; n-- {
		s += chars[g.intn(len(chars))]
	}
	return s
}

func main() {
	g := lcg(19)
	for i := 0; i < 700; i++ {
		p := pattern(&g, 0)
		re, err := regexp.Compile(p)
		if err != nil {
			fmt.Printf("%q: %v\n", p, err)
			continue
		}
		longest := g.intn(4) == 0
		if longest {
			re.Longest()
		}
		fmt.Printf("%q longest=%v\n", p, longest)
		for k := 0; k < 4; k++ {
			s := input(&g)
			fmt.Printf("  %q %v %q\n", s, re.FindAllStringSubmatchIndex(s, -1), re.ReplaceAllString(s, "<$1>"))
		}
	}
}
