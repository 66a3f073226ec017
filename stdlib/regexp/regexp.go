package regexp

import (
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Regexp is a compiled regular expression. It is safe for concurrent use,
// except for Longest.
type Regexp struct {
	expr    string
	prog    *program
	names   []string
	longest bool

	mu       sync.Mutex
	machines []*machine // idle machines for this program
}

// Compile parses a regular expression and returns, if successful, a Regexp
// that matches text with leftmost-first semantics.
func Compile(expr string) (*Regexp, error) {
	return compileSyntax(expr, false)
}

// CompilePOSIX is like Compile but restricts the regular expression to POSIX ERE (egrep) syntax
// and changes the match semantics to leftmost-longest: among the leftmost matches, the longest
// (its submatches being those a backtracking search would find first, not POSIX's longest first
// submatch, as in gc). POSIX ERE has no
// \d, \s, \w, \b, \A, \z, \p, \Q, non-greedy repetitions, flag groups or named groups; ^ and $
// match at line boundaries, and [^...] never matches a newline.
func CompilePOSIX(expr string) (*Regexp, error) {
	return compileSyntax(expr, true)
}

func compileSyntax(expr string, posix bool) (*Regexp, error) {
	tree, names, err := parse(expr, posix)
	if err != nil {
		return nil, err
	}
	re := &Regexp{expr: expr, prog: compile(tree, len(names)-1), names: names, longest: posix}
	re.prog.prefix, _ = re.unanchoredPrefix()
	return re, nil
}

// MustCompilePOSIX is like CompilePOSIX but panics if the expression cannot be parsed.
func MustCompilePOSIX(str string) *Regexp {
	re, err := CompilePOSIX(str)
	if err != nil {
		panic(`regexp: CompilePOSIX(` + quote(str) + `): ` + err.Error())
	}
	return re
}

// MustCompile is like Compile but panics if the expression cannot be parsed.
func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
		panic(`regexp: Compile(` + quote(str) + `): ` + err.Error())
	}
	return re
}

func quote(s string) string {
	if strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// MatchString reports whether the string s contains any match of pattern.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

// Match reports whether the byte slice b contains any match of pattern.
func Match(pattern string, b []byte) (matched bool, err error) {
	return MatchString(pattern, string(b))
}

// MatchReader reports whether the text read from r contains any match of pattern.
func MatchReader(pattern string, r io.RuneReader) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchReader(r), nil
}

// readAll reads the runes of r. Unlike gc, which reads only as far as the
// match needs, the whole input is read; the results are the same.
func readAll(r io.RuneReader) string {
	var b strings.Builder
	for {
		c, _, err := r.ReadRune()
		if err != nil {
			return b.String()
		}
		b.WriteRune(c)
	}
}

// MatchReader reports whether the text read from r contains a match.
func (re *Regexp) MatchReader(r io.RuneReader) bool {
	return re.MatchString(readAll(r))
}

// FindReaderIndex returns the start and end of the leftmost match in the
// text read from r, or nil.
func (re *Regexp) FindReaderIndex(r io.RuneReader) (loc []int) {
	return re.FindStringIndex(readAll(r))
}

// FindReaderSubmatchIndex returns the submatch index pairs of the leftmost
// match in the text read from r, or nil.
func (re *Regexp) FindReaderSubmatchIndex(r io.RuneReader) []int {
	return re.FindStringSubmatchIndex(readAll(r))
}

// Copy returns a new Regexp object copied from re.
//
// Deprecated: a Regexp is safe for concurrent use; Copy is only needed to
// call Longest on one copy.
func (re *Regexp) Copy() *Regexp {
	return &Regexp{expr: re.expr, prog: re.prog, names: re.names, longest: re.longest}
}

// QuoteMeta returns s with every regular expression metacharacter escaped.
func QuoteMeta(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(`\.+*?()|[]{}^$`, s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// String returns the source text of the regular expression.
func (re *Regexp) String() string {
	return re.expr
}

// Longest makes future searches leftmost-longest.
func (re *Regexp) Longest() {
	re.longest = true
}

// NumSubexp returns the number of parenthesized subexpressions.
func (re *Regexp) NumSubexp() int {
	return len(re.names) - 1
}

// SubexpNames returns the names of the parenthesized subexpressions; index
// 0 is the whole expression's, always "".
func (re *Regexp) SubexpNames() []string {
	return re.names
}

// SubexpIndex returns the index of the first subexpression named name, or -1.
func (re *Regexp) SubexpIndex(name string) int {
	if name != "" {
		for i, n := range re.names {
			if n == name {
				return i
			}
		}
	}
	return -1
}

// LiteralPrefix returns a literal string that must begin any match and
// whether that literal is the whole match.
func (re *Regexp) LiteralPrefix() (prefix string, complete bool) {
	insts := re.prog.insts
	pc := re.skipEmpty(re.prog.start)
	if insts[pc].op == instAssert && insts[pc].n == assertBeginText {
		return re.anchoredLiteral(insts[pc].out)
	}
	return re.unanchoredPrefix()
}

// unanchoredPrefix returns the literal runes the program starts with and
// whether they are all of it.
func (re *Regexp) unanchoredPrefix() (prefix string, complete bool) {
	insts := re.prog.insts
	pc := re.skipEmpty(re.prog.start)
	var b strings.Builder
	for insts[pc].op == instRune && len(insts[pc].ranges) == 2 && insts[pc].ranges[0] == insts[pc].ranges[1] &&
		insts[pc].ranges[0] != utf8.RuneError {
		b.WriteRune(insts[pc].ranges[0])
		pc = re.skipEmpty(insts[pc].out)
	}
	return b.String(), insts[pc].op == instMatch
}

// anchoredLiteral is LiteralPrefix for a pattern starting with ^: gc
// reports the literal of ^literal$ (complete), but "" for other anchored
// patterns we know of; gc's rules for ^ followed by more than a literal
// (its one-pass programs) are not reproduced.
func (re *Regexp) anchoredLiteral(pc int) (prefix string, complete bool) {
	insts := re.prog.insts
	var b strings.Builder
	pc = re.skipEmpty(pc)
	for insts[pc].op == instRune && len(insts[pc].ranges) == 2 && insts[pc].ranges[0] == insts[pc].ranges[1] {
		b.WriteRune(insts[pc].ranges[0])
		pc = re.skipEmpty(insts[pc].out)
	}
	if b.Len() > 0 && insts[pc].op == instAssert && insts[pc].n == assertEndText && insts[re.skipEmpty(insts[pc].out)].op == instMatch {
		return b.String(), true
	}
	return "", false
}

func (re *Regexp) skipEmpty(pc int) int {
	for re.prog.insts[pc].op == instNop || re.prog.insts[pc].op == instSave {
		pc = re.prog.insts[pc].out
	}
	return pc
}

// match returns the capture slots of the first match at or after pos.
func (re *Regexp) match(s string, pos int) []int {
	m := re.getMachine()
	caps := m.search(s, pos, re.longest)
	if caps != nil {
		caps = append([]int(nil), caps...)
	}
	re.putMachine(m)
	return caps
}

func (re *Regexp) getMachine() *machine {
	re.mu.Lock()
	defer re.mu.Unlock()
	if n := len(re.machines); n > 0 {
		m := re.machines[n-1]
		re.machines = re.machines[:n-1]
		return m
	}
	return newMachine(re.prog)
}

func (re *Regexp) putMachine(m *machine) {
	m.input = ""
	re.mu.Lock()
	re.machines = append(re.machines, m)
	re.mu.Unlock()
}

// MatchString reports whether s contains a match.
func (re *Regexp) MatchString(s string) bool {
	return re.match(s, 0) != nil
}

// Match reports whether b contains a match.
func (re *Regexp) Match(b []byte) bool {
	return re.MatchString(string(b))
}

// FindString returns the text of the leftmost match in s, or "".
func (re *Regexp) FindString(s string) string {
	a := re.match(s, 0)
	if a == nil {
		return ""
	}
	return s[a[0]:a[1]]
}

// Find returns the leftmost match in b, or nil.
func (re *Regexp) Find(b []byte) []byte {
	a := re.match(string(b), 0)
	if a == nil {
		return nil
	}
	return b[a[0]:a[1]:a[1]]
}

// FindStringIndex returns the start and end of the leftmost match in s, or nil.
func (re *Regexp) FindStringIndex(s string) (loc []int) {
	a := re.match(s, 0)
	if a == nil {
		return nil
	}
	return a[0:2]
}

// FindIndex returns the start and end of the leftmost match in b, or nil.
func (re *Regexp) FindIndex(b []byte) (loc []int) {
	return re.FindStringIndex(string(b))
}

// FindStringSubmatchIndex returns the index pairs of the leftmost match and
// its subexpressions (-1 for those that did not take part), or nil.
func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	return re.match(s, 0)
}

// FindSubmatchIndex is FindStringSubmatchIndex over a byte slice.
func (re *Regexp) FindSubmatchIndex(b []byte) []int {
	return re.match(string(b), 0)
}

// FindStringSubmatch returns the texts of the leftmost match and its
// subexpressions, or nil.
func (re *Regexp) FindStringSubmatch(s string) []string {
	a := re.match(s, 0)
	if a == nil {
		return nil
	}
	return submatchStrings(s, a)
}

func submatchStrings(s string, a []int) []string {
	out := make([]string, len(a)/2)
	for i := range out {
		if a[2*i] >= 0 {
			out[i] = s[a[2*i]:a[2*i+1]]
		}
	}
	return out
}

func submatchSlices(b []byte, a []int) [][]byte {
	out := make([][]byte, len(a)/2)
	for i := range out {
		if a[2*i] >= 0 {
			out[i] = b[a[2*i]:a[2*i+1]:a[2*i+1]]
		}
	}
	return out
}

// FindSubmatch returns the leftmost match and its subexpressions in b, or nil.
func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	a := re.match(string(b), 0)
	if a == nil {
		return nil
	}
	return submatchSlices(b, a)
}

// allMatches calls deliver with the capture slots of successive
// non-overlapping matches, at most n of them (all if n < 0). An empty match
// right where the previous match ended is skipped, as in gc.
func (re *Regexp) allMatches(s string, n int, deliver func([]int)) {
	if n < 0 {
		n = len(s) + 1
	}
	prevEnd := -1
	for pos, count := 0, 0; count < n && pos <= len(s); {
		a := re.match(s, pos)
		if a == nil {
			break
		}
		accept := true
		if a[1] == pos {
			if a[0] == prevEnd {
				accept = false
			}
			if pos < len(s) {
				_, w := utf8.DecodeRuneInString(s[pos:])
				pos += w
			} else {
				pos++
			}
		} else {
			pos = a[1]
		}
		prevEnd = a[1]
		if accept {
			deliver(a)
			count++
		}
	}
}

// FindAllString returns up to n successive matches (all if n < 0), or nil.
func (re *Regexp) FindAllString(s string, n int) []string {
	var out []string
	re.allMatches(s, n, func(a []int) { out = append(out, s[a[0]:a[1]]) })
	return out
}

// FindAll returns up to n successive matches in b (all if n < 0), or nil.
func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	var out [][]byte
	re.allMatches(string(b), n, func(a []int) { out = append(out, b[a[0]:a[1]:a[1]]) })
	return out
}

// FindAllStringIndex returns the index pairs of up to n successive matches, or nil.
func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	var out [][]int
	re.allMatches(s, n, func(a []int) { out = append(out, a[0:2]) })
	return out
}

// FindAllIndex is FindAllStringIndex over a byte slice.
func (re *Regexp) FindAllIndex(b []byte, n int) [][]int {
	return re.FindAllStringIndex(string(b), n)
}

// FindAllStringSubmatch returns the submatch texts of up to n successive matches, or nil.
func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	var out [][]string
	re.allMatches(s, n, func(a []int) { out = append(out, submatchStrings(s, a)) })
	return out
}

// FindAllSubmatch is FindAllStringSubmatch over a byte slice.
func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	var out [][][]byte
	re.allMatches(string(b), n, func(a []int) { out = append(out, submatchSlices(b, a)) })
	return out
}

// FindAllStringSubmatchIndex returns the submatch index pairs of up to n
// successive matches, or nil.
func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	var out [][]int
	re.allMatches(s, n, func(a []int) { out = append(out, a) })
	return out
}

// FindAllSubmatchIndex is FindAllStringSubmatchIndex over a byte slice.
func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return re.FindAllStringSubmatchIndex(string(b), n)
}

// replaceAll builds src with each match replaced by what replace appends.
// An empty match right after the previous match is not replaced, as in gc.
func (re *Regexp) replaceAll(src string, replace func(dst []byte, match []int) []byte) []byte {
	var out []byte
	lastEnd := 0
	for pos := 0; pos <= len(src); {
		a := re.match(src, pos)
		if a == nil {
			break
		}
		out = append(out, src[lastEnd:a[0]]...)
		if a[1] > lastEnd || a[0] == 0 {
			out = replace(out, a)
		}
		lastEnd = a[1]
		w := 1
		if pos < len(src) {
			_, w = utf8.DecodeRuneInString(src[pos:])
		}
		if pos+w > a[1] {
			pos += w
		} else if pos+1 > a[1] {
			pos++
		} else {
			pos = a[1]
		}
	}
	return append(out, src[lastEnd:]...)
}

// ReplaceAllString returns src with each match replaced by repl, in which
// $1, $name and ${name} stand for the submatches (see Expand).
func (re *Regexp) ReplaceAllString(src, repl string) string {
	return string(re.replaceAll(src, func(dst []byte, a []int) []byte {
		return re.expand(dst, repl, src, a)
	}))
}

// ReplaceAllLiteralString returns src with each match replaced by repl, taken literally.
func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return string(re.replaceAll(src, func(dst []byte, a []int) []byte {
		return append(dst, repl...)
	}))
}

// ReplaceAllStringFunc returns src with each match replaced by repl(match).
func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return string(re.replaceAll(src, func(dst []byte, a []int) []byte {
		return append(dst, repl(src[a[0]:a[1]])...)
	}))
}

// ReplaceAll is ReplaceAllString over byte slices.
func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	s, r := string(src), string(repl)
	return re.replaceAll(s, func(dst []byte, a []int) []byte {
		return re.expand(dst, r, s, a)
	})
}

// ReplaceAllLiteral is ReplaceAllLiteralString over byte slices.
func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return re.replaceAll(string(src), func(dst []byte, a []int) []byte {
		return append(dst, repl...)
	})
}

// ReplaceAllFunc is ReplaceAllStringFunc over byte slices.
func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return re.replaceAll(string(src), func(dst []byte, a []int) []byte {
		return append(dst, repl(src[a[0]:a[1]:a[1]])...)
	})
}

// Split slices s into the substrings between matches, at most n of them
// (all if n < 0; none if n == 0).
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if len(re.expr) > 0 && len(s) == 0 {
		return []string{""}
	}
	var out []string
	begin, end := 0, 0
	for _, m := range re.FindAllStringIndex(s, n) {
		if n > 0 && len(out) == n-1 {
			break
		}
		end = m[0]
		if m[1] != 0 {
			out = append(out, s[begin:end])
		}
		begin = m[1]
	}
	if end != len(s) {
		out = append(out, s[begin:])
	}
	return out
}

// Expand appends template to dst with $1, $name and ${name} replaced by the
// submatches of src given by match, as FindSubmatchIndex returns them.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), string(src), match)
}

// ExpandString is Expand over strings.
func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, src, match)
}

func (re *Regexp) expand(dst []byte, template, src string, match []int) []byte {
	for {
		i := strings.IndexByte(template, '$')
		if i < 0 {
			break
		}
		dst = append(dst, template[:i]...)
		template = template[i:]
		if len(template) > 1 && template[1] == '$' {
			dst = append(dst, '$')
			template = template[2:]
			continue
		}
		name, num, rest, ok := templateRef(template)
		if !ok {
			dst = append(dst, '$')
			template = template[1:]
			continue
		}
		template = rest
		if num >= 0 {
			if 2*num < len(match) && match[2*num] >= 0 {
				dst = append(dst, src[match[2*num]:match[2*num+1]]...)
			}
			continue
		}
		for i, n := range re.names {
			if n == name && 2*i < len(match) && match[2*i] >= 0 {
				dst = append(dst, src[match[2*i]:match[2*i+1]]...)
				break
			}
		}
	}
	return append(dst, template...)
}

// templateRef reads $name or ${name} at the start of template; num is the
// group number if the name is all digits (else -1).
func templateRef(template string) (name string, num int, rest string, ok bool) {
	if len(template) < 2 {
		return
	}
	braced := template[1] == '{'
	i := 1
	if braced {
		i = 2
	}
	start := i
	for i < len(template) {
		r, w := utf8.DecodeRuneInString(template[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			break
		}
		i += w
	}
	if i == start {
		return
	}
	name = template[start:i]
	if braced {
		if i >= len(template) || template[i] != '}' {
			return
		}
		i++
	}
	num = 0
	for j := 0; j < len(name); j++ {
		if name[j] < '0' || name[j] > '9' || num >= 1e8 {
			num = -1
			break
		}
		num = num*10 + int(name[j]-'0')
	}
	if len(name) > 1 && name[0] == '0' {
		num = -1 // $01 names a group "01", not group 1
	}
	return name, num, template[i:], true
}
