// Package regexp implements regular expression search with the RE2 syntax
// accepted by Go's regexp package.
//
// Design: a recursive-descent parser (this file) turns the pattern into a
// small syntax tree of nodes; compile.go turns the tree into a program for a
// Pike VM (exec.go), which runs all alternatives in lock step over the input,
// so matching takes time linear in the input whatever the pattern: there is
// no backtracking. Threads are kept in priority order, which gives
// leftmost-first submatches as gc reports them; Longest switches the VM to
// leftmost-longest. The API (regexp.go) is a thin layer over one search
// function that reports the submatch index pairs of one match.
package regexp

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Node kinds of the syntax tree.
const (
	opNoMatch = iota
	opEmpty
	opClass    // runes: sorted, merged [lo, hi] pairs
	opAnyNotNL // . without (?s)
	opAnyChar  // . with (?s)
	opAssert   // zero-width assertion: n is an assert* flag
	opCapture  // n is the group index, name its name
	opStar
	opPlus
	opQuest
	opRepeat // min, max (max -1: no upper bound)
	opConcat
	opAlternate
)

// Zero-width assertions, as bit flags of the context at a position.
const (
	assertBeginLine = 1 << iota
	assertEndLine
	assertBeginText
	assertEndText
	assertWordBoundary
	assertNoWordBoundary
)

// Parse flags.
const (
	flagFoldCase = 1 << iota
	flagMultiLine
	flagDotNL
	flagUngreedy
)

// gc refuses capturing groups nested 1000 deep; any groups nested deeper
// than maxGroupDepth are refused too, to bound the parser's recursion.
const (
	maxCaptureDepth = 1000
	maxGroupDepth   = 5000
)

// maxRepeat is the largest count gc accepts in x{n,m}, also for nested repeats' product.
const maxRepeat = 1000

type node struct {
	op       int
	runes    []rune
	subs     []*node
	min, max int
	greedy   bool
	n        int
	name     string
}

// parseError is gc's *syntax.Error: a code and the offending part of the pattern.
type parseError struct {
	code string
	expr string
}

func (e *parseError) Error() string {
	return "error parsing regexp: " + e.code + ": `" + e.expr + "`"
}

// Error codes, worded as gc's.
const (
	errInvalidCharClass    = "invalid character class"
	errInvalidCharRange    = "invalid character class range"
	errInvalidEscape       = "invalid escape sequence"
	errInvalidNamedCapture = "invalid named capture"
	errInvalidPerlOp       = "invalid or unsupported Perl syntax"
	errInvalidRepeatOp     = "invalid nested repetition operator"
	errInvalidRepeatSize   = "invalid repeat count"
	errInvalidUTF8         = "invalid UTF-8"
	errMissingBracket      = "missing closing ]"
	errMissingParen        = "missing closing )"
	errMissingRepeatArg    = "missing argument to repetition operator"
	errTrailingBackslash   = "trailing backslash at end of expression"
	errUnexpectedParen     = "unexpected )"
	errNestingDepth        = "expression nests too deeply"
)

type parser struct {
	whole  string // the pattern
	rest   string // what is left to parse
	flags  int
	ncap   int
	names  []string // names[i] is group i's name ("" if unnamed); names[0] = ""
	depth  int      // groups open
	nested int      // capturing groups open
	failed *parseError
	// posix restricts the syntax to POSIX ERE (CompilePOSIX): no Perl escapes, flags,
	// non-greedy operators or named groups; ^ and $ match at line boundaries and a negated
	// class never matches \n.
	posix bool
}

// bail stops the parse with an error; parse recovers it.
func (p *parser) bail(code, expr string) {
	p.failed = &parseError{code, expr}
	panic(p)
}

// parse parses a whole pattern.
func parse(pattern string, posix bool) (tree *node, names []string, err error) {
	p := &parser{whole: pattern, rest: pattern, names: []string{""}, posix: posix}
	defer func() {
		if r := recover(); r != nil {
			if r != p {
				panic(r)
			}
			tree, names, err = nil, nil, p.failed
		}
	}()
	tree = p.parseAlternation()
	if p.rest != "" {
		// Only an unmatched ) stops parseAlternation early at top level.
		p.bail(errUnexpectedParen, p.whole)
	}
	return tree, p.names, nil
}

// checkUTF8 stops the parse at the first invalid UTF-8 in s.
func (p *parser) checkUTF8(s string) {
	for s != "" {
		_, w := p.decode(s)
		s = s[w:]
	}
}

// decode returns the rune at the start of s; invalid UTF-8 stops the parse
// there, as gc reports it when it reaches it.
func (p *parser) decode(s string) (rune, int) {
	r, w := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && w == 1 {
		p.bail(errInvalidUTF8, s)
	}
	return r, w
}

func (p *parser) parseAlternation() *node {
	var alts []*node
	for {
		alts = append(alts, p.parseConcat())
		if p.rest == "" || p.rest[0] != '|' {
			break
		}
		p.rest = p.rest[1:]
	}
	return alternation(factorPrefixes(alts))
}

func alternation(alts []*node) *node {
	if len(alts) == 1 {
		return alts[0]
	}
	return &node{op: opAlternate, subs: alts}
}

// factorPrefixes rewrites runs of alternatives that begin with the same
// literal runes, abc|abd to ab(?:c|d), as gc's parser does. Matching is the
// same either way; LiteralPrefix reports the factored prefix, as gc does.
func factorPrefixes(alts []*node) []*node {
	var out []*node
	for i := 0; i < len(alts); {
		prefix := leadingLiterals(alts[i])
		j := i + 1
		for ; j < len(alts) && len(prefix) > 0; j++ {
			same := 0
			next := leadingLiterals(alts[j])
			for same < len(prefix) && same < len(next) && prefix[same] == next[same] {
				same++
			}
			if same == 0 {
				break
			}
			prefix = prefix[:same]
		}
		if j-i < 2 || len(prefix) == 0 {
			out = append(out, alts[i:j]...)
			i = j
			continue
		}
		var rests []*node
		for _, alt := range alts[i:j] {
			rests = append(rests, dropLeading(alt, len(prefix)))
		}
		items := append([]*node(nil), leadingNodes(alts[i])[:len(prefix)]...)
		items = append(items, alternation(factorPrefixes(rests)))
		out = append(out, &node{op: opConcat, subs: items})
		i = j
	}
	return out
}

// leadingNodes returns the nodes a concatenation (or single node) starts with.
func leadingNodes(n *node) []*node {
	if n.op == opConcat {
		return n.subs
	}
	return []*node{n}
}

// leadingLiterals returns the single runes n begins with.
func leadingLiterals(n *node) []rune {
	var lits []rune
	for _, sub := range leadingNodes(n) {
		if sub.op != opClass || len(sub.runes) != 2 || sub.runes[0] != sub.runes[1] {
			break
		}
		lits = append(lits, sub.runes[0])
	}
	return lits
}

func dropLeading(n *node, count int) *node {
	rest := leadingNodes(n)[count:]
	switch len(rest) {
	case 0:
		return &node{op: opEmpty}
	case 1:
		return rest[0]
	}
	return &node{op: opConcat, subs: rest}
}

func (p *parser) parseConcat() *node {
	var items []*node
	lastRepeat := "" // the text of the repetition operator just read, for nested-repeat errors
	for p.rest != "" && p.rest[0] != '|' && p.rest[0] != ')' {
		start := p.rest
		c := p.rest[0]
		if c == '*' || c == '+' || c == '?' || (c == '{' && isRepeatSpec(p.rest)) {
			if len(items) == 0 {
				op, _ := p.repeatOpText()
				p.bail(errMissingRepeatArg, op)
			}
			op, n := p.repeatOpText()
			if lastRepeat != "" && !p.posix { // POSIX allows a** as (a*)*
				p.bail(errInvalidRepeatOp, lastRepeat+op)
			}
			items[len(items)-1] = p.applyRepeat(items[len(items)-1], op, n)
			lastRepeat = start[:len(op)]
			p.rest = p.rest[len(op):]
			continue
		}
		lastRepeat = ""
		if c == '(' && strings.HasPrefix(p.rest, "(?") && !strings.HasPrefix(p.rest, "(?P") && !p.posix {
			if atom, isFlags := p.parseFlagGroup(); isFlags {
				continue
			} else {
				items = append(items, atom)
				continue
			}
		}
		if c == '\\' && strings.HasPrefix(p.rest, `\Q`) && !p.posix {
			items = append(items, p.parseQuoted()...)
			continue
		}
		items = append(items, p.parseAtom())
	}
	switch len(items) {
	case 0:
		return &node{op: opEmpty}
	case 1:
		return items[0]
	}
	return &node{op: opConcat, subs: items}
}

// repeatOpText returns the repetition operator at the start of p.rest (with
// its ? for non-greedy) and the length of the operator proper.
func (p *parser) repeatOpText() (string, int) {
	n := 1
	if p.rest[0] == '{' {
		n = strings.IndexByte(p.rest, '}') + 1
	}
	op := p.rest[:n]
	if len(p.rest) > n && p.rest[n] == '?' && !p.posix {
		op = p.rest[:n+1]
	}
	return op, n
}

// isRepeatSpec reports whether s starts with {n}, {n,} or {n,m}; otherwise { is a literal.
func isRepeatSpec(s string) bool {
	_, _, _, ok := parseRepeatSpec(s)
	return ok
}

func parseRepeatSpec(s string) (min, max, length int, ok bool) {
	i := 1
	readNumber := func() (int, bool) {
		start := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == start {
			return 0, false
		}
		text := s[start:i]
		if len(text) > 1 && text[0] == '0' {
			// gc rejects leading zeros: not a repeat spec, so a literal.
			return 0, false
		}
		if len(text) > 8 {
			return -2, true
		}
		v, _ := strconv.Atoi(text)
		return v, true
	}
	min, ok = readNumber()
	if !ok || i >= len(s) {
		return 0, 0, 0, false
	}
	max = min
	if s[i] == ',' {
		i++
		if i < len(s) && s[i] == '}' {
			max = -1
		} else if max, ok = readNumber(); !ok {
			return 0, 0, 0, false
		}
	}
	if i >= len(s) || s[i] != '}' {
		return 0, 0, 0, false
	}
	return min, max, i + 1, true
}

func (p *parser) applyRepeat(sub *node, op string, n int) *node {
	greedy := len(op) == n || op[n] != '?'
	if p.flags&flagUngreedy != 0 {
		greedy = !greedy
	}
	switch op[0] {
	case '*':
		return &node{op: opStar, subs: []*node{sub}, greedy: greedy}
	case '+':
		return &node{op: opPlus, subs: []*node{sub}, greedy: greedy}
	case '?':
		return &node{op: opQuest, subs: []*node{sub}, greedy: greedy}
	}
	min, max, _, _ := parseRepeatSpec(op)
	if min < 0 || min > maxRepeat || max > maxRepeat || max == -2 || (max >= 0 && min > max) {
		p.bail(errInvalidRepeatSize, op[:n])
	}
	re := &node{op: opRepeat, subs: []*node{sub}, min: min, max: max, greedy: greedy}
	if (min >= 2 || max >= 2) && !repeatWithinLimit(re, maxRepeat) {
		p.bail(errInvalidRepeatSize, op[:n])
	}
	return re
}

// repeatWithinLimit reports whether the nested counted repetitions in re,
// multiplied out, stay within limit, as gc requires.
func repeatWithinLimit(re *node, limit int) bool {
	if re.op == opRepeat {
		m := re.max
		if m == 0 {
			return true
		}
		if m < 0 {
			m = re.min
		}
		if m > limit {
			return false
		}
		if m > 0 {
			limit /= m
		}
	}
	for _, sub := range re.subs {
		if !repeatWithinLimit(sub, limit) {
			return false
		}
	}
	return true
}

// parseFlagGroup parses (?flags) -- changing p.flags, isFlags true -- or
// (?flags:re), returning the group's node.
func (p *parser) parseFlagGroup() (atom *node, isFlags bool) {
	text := p.rest
	i := 2
	flags := p.flags
	negated := false
	sawFlag := false
	for i < len(text) {
		p.decode(text[i:])
		c := text[i]
		switch c {
		case 'i', 'm', 's', 'U':
			bit := map[byte]int{'i': flagFoldCase, 'm': flagMultiLine, 's': flagDotNL, 'U': flagUngreedy}[c]
			if negated {
				flags &^= bit
			} else {
				flags |= bit
			}
			sawFlag = true
			i++
			continue
		case '-':
			if negated {
				break
			}
			negated = true
			sawFlag = false
			i++
			continue
		case ')', ':':
			if negated && !sawFlag {
				break
			}
			p.rest = text[i+1:]
			if c == ')' {
				p.flags = flags
				return nil, true
			}
			saved := p.flags
			p.flags = flags
			sub := p.parseGroupBody()
			p.flags = saved
			return sub, false
		}
		break
	}
	end := i + 1
	if i >= len(text) {
		end = len(text)
	} else {
		_, w := utf8.DecodeRuneInString(text[i:])
		end = i + w
	}
	p.bail(errInvalidPerlOp, text[:end])
	return nil, false
}

// parseGroupBody parses up to and including the ) closing a group; flags
// set by (?flags) inside the group end with it.
func (p *parser) parseGroupBody() *node {
	saved := p.flags
	p.depth++
	if p.depth > maxGroupDepth {
		// gc reports an internal error here; deeper nesting would only exhaust the stack.
		p.bail(errNestingDepth, p.whole)
	}
	sub := p.parseAlternation()
	p.depth--
	p.flags = saved
	if p.rest == "" {
		p.bail(errMissingParen, p.whole)
	}
	p.rest = p.rest[1:] // the )
	return sub
}

// parseQuoted parses \Q...\E: literal text.
func (p *parser) parseQuoted() []*node {
	text := p.rest[2:]
	end := strings.Index(text, `\E`)
	if end < 0 {
		p.rest = ""
	} else {
		p.rest = text[end+2:]
		text = text[:end]
	}
	var lits []*node
	for text != "" {
		r, w := p.decode(text)
		lits = append(lits, p.literal(r))
		text = text[w:]
	}
	return lits
}

func (p *parser) literal(r rune) *node {
	if p.flags&flagFoldCase != 0 {
		return &node{op: opClass, runes: normalizeClass(appendFolded(nil, r, r))}
	}
	return &node{op: opClass, runes: []rune{r, r}}
}

func (p *parser) parseAtom() *node {
	c := p.rest[0]
	switch c {
	case '(':
		return p.parseCapture()
	case '[':
		return p.parseClass()
	case '.':
		p.rest = p.rest[1:]
		if p.flags&flagDotNL != 0 {
			return &node{op: opAnyChar}
		}
		return &node{op: opAnyNotNL}
	case '^':
		p.rest = p.rest[1:]
		if p.flags&flagMultiLine != 0 || p.posix {
			return &node{op: opAssert, n: assertBeginLine}
		}
		return &node{op: opAssert, n: assertBeginText}
	case '$':
		p.rest = p.rest[1:]
		if p.flags&flagMultiLine != 0 || p.posix {
			return &node{op: opAssert, n: assertEndLine}
		}
		return &node{op: opAssert, n: assertEndText}
	case '\\':
		return p.parseEscapeAtom()
	}
	r, w := p.decode(p.rest)
	p.rest = p.rest[w:]
	return p.literal(r)
}

func (p *parser) parseCapture() *node {
	name := ""
	if strings.HasPrefix(p.rest, "(?P") && !p.posix {
		end := strings.IndexByte(p.rest, '>')
		if len(p.rest) <= 4 || p.rest[3] != '<' {
			p.bail(errInvalidPerlOp, p.rest[:3])
		}
		if end < 0 {
			p.checkUTF8(p.rest)
			p.bail(errInvalidNamedCapture, p.rest)
		}
		name = p.rest[4:end]
		if !validGroupName(name) {
			p.bail(errInvalidNamedCapture, p.rest[:end+1])
		}
		p.rest = p.rest[end+1:]
	} else {
		p.rest = p.rest[1:]
	}
	p.ncap++
	index := p.ncap
	p.names = append(p.names, name)
	if p.nested++; p.nested >= maxCaptureDepth {
		p.bail(errNestingDepth, p.whole)
	}
	sub := p.parseGroupBody()
	p.nested--
	return &node{op: opCapture, subs: []*node{sub}, n: index, name: name}
}

func validGroupName(name string) bool {
	if name == "" {
		return false
	}
	for _, c := range name {
		if c != '_' && !isAlnum(c) {
			return false
		}
	}
	return true
}

func isAlnum(c rune) bool {
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
}

// parseEscapeAtom parses an escape outside a class.
func (p *parser) parseEscapeAtom() *node {
	if len(p.rest) >= 2 && !p.posix {
		switch p.rest[1] {
		case 'A':
			p.rest = p.rest[2:]
			return &node{op: opAssert, n: assertBeginText}
		case 'z':
			p.rest = p.rest[2:]
			return &node{op: opAssert, n: assertEndText}
		case 'b':
			p.rest = p.rest[2:]
			return &node{op: opAssert, n: assertWordBoundary}
		case 'B':
			p.rest = p.rest[2:]
			return &node{op: opAssert, n: assertNoWordBoundary}
		case 'd', 'D', 's', 'S', 'w', 'W', 'p', 'P':
			return &node{op: opClass, runes: normalizeClass(p.parseClassEscape(nil))}
		}
	}
	r := p.parseEscape()
	return p.literal(r)
}

// parseEscape parses an escape standing for one rune.
func (p *parser) parseEscape() rune {
	text := p.rest
	if len(text) < 2 {
		p.bail(errTrailingBackslash, "")
	}
	c, w := p.decode(text[1:])
	rest := text[1+w:]
	bad := func() {
		p.bail(errInvalidEscape, text[:1+w])
	}
	switch {
	case c >= '1' && c <= '7' && (rest == "" || rest[0] < '0' || rest[0] > '7'):
		bad()
	case c >= '0' && c <= '7':
		v := c - '0'
		for k := 0; k < 2 && rest != "" && rest[0] >= '0' && rest[0] <= '7'; k++ {
			v = v*8 + rune(rest[0]-'0')
			rest = rest[1:]
		}
		p.rest = rest
		return v
	case c == 'x':
		return p.parseHexEscape(text)
	case c < utf8.RuneSelf && !isAlnum(c):
		p.rest = rest
		return c
	}
	simple := map[rune]rune{'a': '\a', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v'}
	if v, ok := simple[c]; ok {
		p.rest = rest
		return v
	}
	bad()
	return 0
}

func (p *parser) parseHexEscape(text string) rune {
	rest := text[2:]
	fail := func(consumed int) {
		p.bail(errInvalidEscape, text[:consumed])
	}
	if rest == "" {
		fail(len(text))
	}
	if rest[0] == '{' {
		v := rune(0)
		for k := 1; ; k++ {
			if k >= len(rest) {
				fail(len(text))
			}
			if rest[k] == '}' {
				if k == 1 {
					fail(2 + k + 1)
				}
				p.rest = rest[k+1:]
				return v
			}
			d, err := strconv.ParseUint(rest[k:k+1], 16, 8)
			if err != nil {
				_, w := p.decode(rest[k:])
				fail(2 + k + w)
			}
			if v = v*16 + rune(d); v > unicode.MaxRune {
				fail(2 + k + 1) // gc stops at the digit that overflows
			}
		}
	}
	// Two runes are read (and must be valid UTF-8) before they are checked.
	_, w1 := p.decode(rest)
	if len(rest) == w1 {
		fail(len(text))
	}
	_, w2 := p.decode(rest[w1:])
	if !allHex(rest[:w1+w2]) || w1+w2 != 2 {
		fail(2 + w1 + w2)
	}
	v, _ := strconv.ParseUint(rest[:2], 16, 32)
	p.rest = rest[2:]
	return rune(v)
}

func allHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// Perl classes \d \s \w as range pairs.
var perlClasses = map[byte][]rune{
	'd': {'0', '9'},
	's': {'\t', '\n', '\f', '\r', ' ', ' '},
	'w': {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'},
}

// POSIX classes [:name:] as range pairs.
var posixClasses = map[string][]rune{
	"alnum":  {'0', '9', 'A', 'Z', 'a', 'z'},
	"alpha":  {'A', 'Z', 'a', 'z'},
	"ascii":  {0, 0x7f},
	"blank":  {'\t', '\t', ' ', ' '},
	"cntrl":  {0, 0x1f, 0x7f, 0x7f},
	"digit":  {'0', '9'},
	"graph":  {'!', '~'},
	"lower":  {'a', 'z'},
	"print":  {' ', '~'},
	"punct":  {'!', '/', ':', '@', '[', '`', '{', '~'},
	"space":  {'\t', '\r', ' ', ' '},
	"upper":  {'A', 'Z'},
	"word":   {'0', '9', 'A', 'Z', 'a', 'z', '_', '_'},
	"xdigit": {'0', '9', 'A', 'F', 'a', 'f'},
}

// parseClassEscape parses \d \D \s \S \w \W \pX \p{Name} \PX and their
// negations, appending their ranges (folded under (?i)) to class.
func (p *parser) parseClassEscape(class []rune) []rune {
	c := p.rest[1]
	if c == 'p' || c == 'P' {
		return p.parseUnicodeClass(class)
	}
	p.rest = p.rest[2:]
	lower := c | 0x20
	return p.appendGroup(class, perlClasses[lower], c != lower)
}

// appendGroup appends ranges, folded under (?i), negated if asked.
func (p *parser) appendGroup(class, ranges []rune, negate bool) []rune {
	if p.flags&flagFoldCase != 0 {
		var folded []rune
		for i := 0; i < len(ranges); i += 2 {
			folded = appendFolded(folded, ranges[i], ranges[i+1])
		}
		ranges = normalizeClass(folded)
	}
	if negate {
		ranges = negateClass(normalizeClass(append([]rune(nil), ranges...)))
	}
	return append(class, ranges...)
}

func (p *parser) parseUnicodeClass(class []rune) []rune {
	text := p.rest
	negate := text[1] == 'P'
	var name string
	var length int
	if len(text) < 3 {
		p.bail(errInvalidCharRange, text)
	}
	if text[2] == '{' {
		end := strings.IndexByte(text, '}')
		if end < 0 {
			p.checkUTF8(text)
			p.bail(errInvalidCharRange, text)
		}
		p.checkUTF8(text[3:end])
		name, length = text[3:end], end+1
	} else {
		_, w := p.decode(text[2:])
		name, length = text[2:2+w], 2+w
	}
	if strings.HasPrefix(name, "^") {
		negate = !negate
		name = name[1:]
	}
	ranges, ok := unicodeTable(name)
	if !ok {
		p.bail(errInvalidCharRange, text[:length])
	}
	p.rest = text[length:]
	return p.appendGroup(class, ranges, negate)
}

// unicodeTable returns the ranges of a Unicode category or script.
func unicodeTable(name string) ([]rune, bool) {
	if name == "Any" {
		return []rune{0, unicode.MaxRune}, true
	}
	table := unicode.Categories[name]
	if table == nil {
		table = unicode.Scripts[name]
	}
	if table == nil {
		return nil, false
	}
	var ranges []rune
	for _, r := range table.R16 {
		ranges = appendStrided(ranges, rune(r.Lo), rune(r.Hi), rune(r.Stride))
	}
	for _, r := range table.R32 {
		ranges = appendStrided(ranges, rune(r.Lo), rune(r.Hi), rune(r.Stride))
	}
	return ranges, true
}

func appendStrided(ranges []rune, lo, hi, stride rune) []rune {
	if stride == 1 {
		return append(ranges, lo, hi)
	}
	for r := lo; r <= hi; r += stride {
		ranges = append(ranges, r, r)
	}
	return ranges
}

// parseClass parses [...].
func (p *parser) parseClass() *node {
	whole := p.rest
	p.rest = p.rest[1:]
	negate := false
	var class []rune
	if strings.HasPrefix(p.rest, "^") {
		negate = true
		p.rest = p.rest[1:]
		if p.posix {
			class = append(class, '\n', '\n') // negated below: never matches a newline
		}
	}
	first := true
	for p.rest == "" || p.rest[0] != ']' || first {
		if p.rest == "" {
			p.bail(errMissingBracket, whole)
		}
		first = false
		if strings.HasPrefix(p.rest, "[:") {
			if end := strings.Index(p.rest[2:], ":]"); end >= 0 {
				name := p.rest[2 : 2+end]
				neg := strings.HasPrefix(name, "^")
				if neg {
					name = name[1:]
				}
				ranges, ok := posixClasses[name]
				if !ok {
					p.bail(errInvalidCharRange, p.rest[:2+end+2])
				}
				p.rest = p.rest[2+end+2:]
				class = p.appendGroup(class, ranges, neg)
				continue
			}
		}
		if len(p.rest) >= 2 && p.rest[0] == '\\' && strings.IndexByte("dDsSwWpP", p.rest[1]) >= 0 && !p.posix {
			class = p.parseClassEscape(class)
			continue
		}
		rangeStart := p.rest
		lo := p.parseClassChar(whole)
		hi := lo
		if len(p.rest) >= 2 && p.rest[0] == '-' && p.rest[1] != ']' {
			p.rest = p.rest[1:]
			hi = p.parseClassChar(whole)
			if hi < lo {
				p.bail(errInvalidCharRange, rangeStart[:len(rangeStart)-len(p.rest)])
			}
		}
		if p.flags&flagFoldCase != 0 {
			class = appendFolded(class, lo, hi)
		} else {
			class = append(class, lo, hi)
		}
	}
	p.rest = p.rest[1:] // the ]
	class = normalizeClass(class)
	if negate {
		class = negateClass(class)
	}
	return &node{op: opClass, runes: class}
}

func (p *parser) parseClassChar(whole string) rune {
	if p.rest == "" {
		p.bail(errMissingBracket, whole)
	}
	if p.rest[0] == '\\' {
		return p.parseEscape()
	}
	r, w := p.decode(p.rest)
	p.rest = p.rest[w:]
	return r
}

// The runes with case-fold partners lie within these bounds.
const (
	minFold = 0x0041
	maxFold = 0x1e943
)

// appendFolded appends [lo, hi] and every rune case-equivalent to one in it.
func appendFolded(class []rune, lo, hi rune) []rune {
	class = append(class, lo, hi)
	if lo <= minFold && hi >= maxFold {
		return class
	}
	if lo < minFold {
		lo = minFold
	}
	if hi > maxFold {
		hi = maxFold
	}
	for c := lo; c <= hi; c++ {
		for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
			if f < lo || f > hi {
				class = append(class, f, f)
			}
		}
	}
	return class
}

// normalizeClass sorts range pairs and merges overlapping or adjacent ones.
func normalizeClass(class []rune) []rune {
	n := len(class) / 2
	// insertion sort on pairs would be quadratic for big tables; use a simple merge sort
	pairs := make([][2]rune, n)
	for i := 0; i < n; i++ {
		pairs[i] = [2]rune{class[2*i], class[2*i+1]}
	}
	pairs = sortPairs(pairs)
	out := class[:0]
	for _, pr := range pairs {
		if len(out) > 0 && pr[0] <= out[len(out)-1]+1 {
			if pr[1] > out[len(out)-1] {
				out[len(out)-1] = pr[1]
			}
			continue
		}
		out = append(out, pr[0], pr[1])
	}
	return out
}

func sortPairs(pairs [][2]rune) [][2]rune {
	if len(pairs) < 2 {
		return pairs
	}
	mid := len(pairs) / 2
	left := sortPairs(append([][2]rune(nil), pairs[:mid]...))
	right := sortPairs(append([][2]rune(nil), pairs[mid:]...))
	out := pairs[:0]
	for len(left) > 0 && len(right) > 0 {
		if right[0][0] < left[0][0] {
			out = append(out, right[0])
			right = right[1:]
		} else {
			out = append(out, left[0])
			left = left[1:]
		}
	}
	out = append(out, left...)
	return append(out, right...)
}

// negateClass returns the complement of a normalized class.
func negateClass(class []rune) []rune {
	var out []rune
	next := rune(0)
	for i := 0; i < len(class); i += 2 {
		if class[i] > next {
			out = append(out, next, class[i]-1)
		}
		next = class[i+1] + 1
	}
	if next <= unicode.MaxRune {
		out = append(out, next, unicode.MaxRune)
	}
	return out
}
