package fmt

import (
	"errors"
	"io"
	"os"
	"reflect"
	"strconv"
	"unicode/utf8"
)

// ScanState is what a Scanner's Scan method is given: the input, read rune
// by rune.
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by a value that scans itself.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// Scan reads space-separated values from standard input into the operands
// (newlines count as space): the number scanned, and the first error.
func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

// Scanln is Scan stopping at a newline, which must follow the last operand.
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

// Scanf scans standard input as format says.
func Scanf(format string, a ...any) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}

// stringInput reads a string, for Sscan and its kin.
type stringInput struct{ s string }

func (r *stringInput) Read(b []byte) (int, error) {
	n := copy(b, r.s)
	r.s = r.s[n:]
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Sscan is Scan reading str.
func Sscan(str string, a ...any) (n int, err error) {
	return Fscan(&stringInput{str}, a...)
}

// Sscanln is Scanln reading str.
func Sscanln(str string, a ...any) (n int, err error) {
	return Fscanln(&stringInput{str}, a...)
}

// Sscanf is Scanf reading str.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf(&stringInput{str}, format, a...)
}

// Fscan is Scan reading r.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	s := newScanner(r, true, false)
	return s.scanAll(a)
}

// Fscanln is Scanln reading r.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	s := newScanner(r, false, true)
	return s.scanAll(a)
}

// Fscanf is Scanf reading r.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	s := newScanner(r, false, false)
	return s.scanFormat(format, a)
}

const (
	eof       = -1
	noLimit   = 1 << 30
	binDigits = "01"
	octDigits = "01234567"
	decDigits = "0123456789"
	hexDigits = "0123456789aAbBcCdDeEfF"
	signs     = "+-"
	// floatVerbs are the verbs floats and complex numbers scan with.
	floatVerbs = "beEfFgGv"
)

var (
	errBool    = errors.New("syntax error scanning boolean")
	errComplex = errors.New("syntax error scanning complex number")
)

// scanFailure carries an error out of the scanning code to the entry point
// (a panic, so the deep helpers need not return it).
type scanFailure struct{ err error }

// byteRunes reads runes from a reader one byte at a time, so that scanning
// never takes more from the reader than it used (plus one rune read ahead).
type byteRunes struct {
	reader  io.Reader
	pending []byte // bytes read but not part of the last rune
	last    rune
	size    int
	unread  bool
}

func (r *byteRunes) readByte() (byte, error) {
	if len(r.pending) > 0 {
		b := r.pending[0]
		r.pending = r.pending[1:]
		return b, nil
	}
	var one [1]byte
	n, err := io.ReadFull(r.reader, one[:])
	if n != 1 {
		return 0, err
	}
	return one[0], nil
}

func (r *byteRunes) ReadRune() (rune, int, error) {
	if r.unread {
		r.unread = false
		return r.last, r.size, nil
	}
	b, err := r.readByte()
	if err != nil {
		return 0, 0, err
	}
	if b < utf8.RuneSelf {
		r.last, r.size = rune(b), 1
		return r.last, 1, nil
	}
	buf := []byte{b}
	for !utf8.FullRune(buf) {
		b, err = r.readByte()
		if err != nil {
			break
		}
		buf = append(buf, b)
	}
	c, size := utf8.DecodeRune(buf)
	if size < len(buf) { // an invalid sequence: give back what follows its first byte
		r.pending = append(append([]byte{}, buf[size:]...), r.pending...)
	}
	r.last, r.size = c, size
	return c, size, nil
}

func (r *byteRunes) UnreadRune() error {
	r.unread = true
	return nil
}

// scanner is one Scan call's state.
type scanner struct {
	in      io.RuneScanner
	buf     []byte
	count   int  // runes read so far
	atEOF   bool // no more input (or, for Scanln, the newline was read)
	nlSpace bool // newlines are spaces (Scan)
	nlEnd   bool // a newline ends the input (Scanln)
	limit   int  // the rune count the current operand may not pass (a width)
	width   int  // the current verb's width, noLimit if none
}

func newScanner(r io.Reader, nlSpace, nlEnd bool) *scanner {
	s := &scanner{nlSpace: nlSpace, nlEnd: nlEnd, limit: noLimit, width: noLimit}
	if rs, ok := r.(io.RuneScanner); ok {
		s.in = rs
	} else {
		s.in = &byteRunes{reader: r}
	}
	return s
}

func (s *scanner) fail(err error) { panic(scanFailure{err}) }

func (s *scanner) failText(text string) { panic(scanFailure{errors.New(text)}) }

// catch turns a scanFailure (or io.EOF) panic into *errp.
func catch(errp *error) {
	e := recover()
	if e == nil {
		return
	}
	if failure, ok := e.(scanFailure); ok {
		*errp = failure.err
	} else if err, ok := e.(error); ok && err == io.EOF {
		*errp = err
	} else {
		panic(e)
	}
}

// The ScanState methods.

func (s *scanner) ReadRune() (r rune, size int, err error) {
	if s.atEOF || s.count >= s.limit {
		return 0, 0, io.EOF
	}
	r, size, err = s.in.ReadRune()
	if err == nil {
		s.count++
		if s.nlEnd && r == '\n' {
			s.atEOF = true
		}
	} else if err == io.EOF {
		s.atEOF = true
	}
	return
}

func (s *scanner) UnreadRune() error {
	s.in.UnreadRune()
	s.atEOF = false
	s.count--
	return nil
}

func (s *scanner) Width() (int, bool) {
	if s.width == noLimit {
		return 0, false
	}
	return s.width, true
}

func (s *scanner) Read(buf []byte) (int, error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func (s *scanner) SkipSpace() {
	for {
		r := s.next()
		if r == eof {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlSpace {
				continue
			}
			s.failText("unexpected newline")
			return
		}
		if !isSpace(r) {
			s.UnreadRune()
			return
		}
	}
}

func (s *scanner) Token(skipSpace bool, f func(rune) bool) (token []byte, err error) {
	defer catch(&err)
	if f == nil {
		f = notSpace
	}
	s.buf = s.buf[:0]
	return s.token(skipSpace, f), nil
}

// next reads a rune, eof at the end of the input.
func (s *scanner) next() rune {
	r, _, err := s.ReadRune()
	if err != nil {
		if err == io.EOF {
			return eof
		}
		s.fail(err)
	}
	return r
}

// mustNext is next where the end of input is an error.
func (s *scanner) mustNext() rune {
	r := s.next()
	if r == eof {
		s.fail(io.ErrUnexpectedEOF)
	}
	return r
}

// notEOF panics with io.EOF when no input is left.
func (s *scanner) notEOF() {
	if s.next() == eof {
		panic(io.EOF)
	}
	s.UnreadRune()
}

func (s *scanner) token(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.next()
		if r == eof {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return s.buf
}

// isSpace is Unicode's White_Space, as Go's fmt scans it.
func isSpace(r rune) bool {
	switch {
	case r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0 || r == 0x1680:
		return true
	case r >= 0x2000 && r <= 0x200A, r == 0x2028, r == 0x2029, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
}

func notSpace(r rune) bool { return !isSpace(r) }

// consume reads the next rune if it is one of ok, keeping it in buf when
// keep; it reports whether it did.
func (s *scanner) consume(ok string, keep bool) bool {
	r := s.next()
	if r == eof {
		return false
	}
	for _, c := range ok {
		if c == r {
			if keep {
				s.buf = utf8.AppendRune(s.buf, r)
			}
			return true
		}
	}
	s.UnreadRune()
	return false
}

func (s *scanner) accept(ok string) bool { return s.consume(ok, true) }

// peek reports whether the next rune is one of ok, without reading it.
func (s *scanner) peek(ok string) bool {
	r := s.next()
	if r != eof {
		s.UnreadRune()
	}
	for _, c := range ok {
		if c == r {
			return true
		}
	}
	return false
}

// verbFor checks verb is one of ok for a value of kind what.
func (s *scanner) verbFor(verb rune, ok, what string) bool {
	for _, c := range ok {
		if c == verb {
			return true
		}
	}
	s.failText("bad verb '%" + string(verb) + "' for " + what)
	return false
}

// The values.

func (s *scanner) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	if !s.verbFor(verb, "tv", "boolean") {
		return false
	}
	switch s.next() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.fail(errBool)
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.fail(errBool)
		}
		return false
	}
	return false
}

// digitsFor is the base and digit set of an integer verb.
func (s *scanner) digitsFor(verb rune) (int, string) {
	s.verbFor(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2, binDigits
	case 'o':
		return 8, octDigits
	case 'x', 'X', 'U':
		return 16, hexDigits
	}
	return 10, decDigits
}

// prefixedDigits reads %v's optional 0b/0o/0x/0 prefix: base 0 lets strconv
// read it back.
func (s *scanner) prefixedDigits() (int, string, bool) {
	if !s.peek("0") {
		return 0, decDigits + "_", false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.consume("bB", true)
		return 0, binDigits + "_", true
	case s.peek("oO"):
		s.consume("oO", true)
		return 0, octDigits + "_", true
	case s.peek("xX"):
		s.consume("xX", true)
		return 0, hexDigits + "_", true
	}
	return 0, octDigits + "_", true
}

func (s *scanner) number(digits string, haveDigits bool) string {
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits) {
			s.failText("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf)
}

// scanRune reads one character (no space skipped) for %c.
func (s *scanner) scanRune(bits int) int64 {
	s.notEOF()
	r := s.next()
	n := uint(bits)
	if x := (int64(r) << (64 - n)) >> (64 - n); x != int64(r) {
		s.failText("overflow on character value " + string(r))
	}
	return int64(r)
}

func (s *scanner) scanInt(verb rune, bits int) int64 {
	if verb == 'c' {
		return s.scanRune(bits)
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.digitsFor(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.failText("bad unicode format ")
		}
	} else {
		s.accept(signs)
		if verb == 'v' {
			base, digits, haveDigits = s.prefixedDigits()
		}
	}
	token := s.number(digits, haveDigits)
	i, err := strconv.ParseInt(token, base, 64)
	if err != nil {
		s.fail(err)
	}
	n := uint(bits)
	if x := (i << (64 - n)) >> (64 - n); x != i {
		s.failText("integer overflow on token " + token)
	}
	return i
}

func (s *scanner) scanUint(verb rune, bits int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bits))
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.digitsFor(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.failText("bad unicode format ")
		}
	} else if verb == 'v' {
		base, digits, haveDigits = s.prefixedDigits()
	}
	token := s.number(digits, haveDigits)
	i, err := strconv.ParseUint(token, base, 64)
	if err != nil {
		s.fail(err)
	}
	n := uint(bits)
	if x := (i << (64 - n)) >> (64 - n); x != i {
		s.failText("unsigned integer overflow on token " + token)
	}
	return i
}

// floatToken reads the text of a float: nan, [sign]inf, or digits with an
// optional point and exponent (hexadecimal after 0x).
func (s *scanner) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept(signs)
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits := decDigits + "_"
	exponent := "eEpP"
	if s.accept("0") && s.accept("xX") {
		digits = hexDigits + "_"
		exponent = "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(".") {
		for s.accept(digits) {
		}
	}
	if s.accept(exponent) {
		s.accept(signs)
		for s.accept(decDigits + "_") {
		}
	}
	return string(s.buf)
}

// parseFloat reads str as a float of n bits; Go's scanner also takes a
// decimal mantissa with a binary exponent (1.5p3).
func (s *scanner) parseFloat(str string, n int) float64 {
	for i := 0; i < len(str); i++ {
		if str[i] != 'p' {
			continue
		}
		f, err := strconv.ParseFloat(str[:i], n)
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.fail(err)
		}
		m, err := strconv.Atoi(str[i+1:])
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.fail(err)
		}
		return scaleByPowerOfTwo(f, m)
	}
	f, err := strconv.ParseFloat(str, n)
	if err != nil {
		s.fail(err)
	}
	return f
}

// scaleByPowerOfTwo is f·2^m (exact while the result is a normal number).
func scaleByPowerOfTwo(f float64, m int) float64 {
	for ; m > 0; m-- {
		f *= 2
	}
	for ; m < 0; m++ {
		f /= 2
	}
	return f
}

func (s *scanner) scanFloat(verb rune, bits int, what string) float64 {
	if !s.verbFor(verb, floatVerbs, what) {
		return 0
	}
	s.SkipSpace()
	s.notEOF()
	return s.parseFloat(s.floatToken(), bits)
}

func (s *scanner) scanComplex(verb rune, bits int) complex128 {
	if !s.verbFor(verb, floatVerbs, "complex") {
		return 0
	}
	s.SkipSpace()
	s.notEOF()
	parens := s.accept("(")
	re := s.floatToken()
	s.buf = s.buf[:0]
	if !s.accept("+-") {
		s.fail(errComplex)
	}
	sign := string(s.buf)
	im := s.floatToken()
	if !s.accept("i") {
		s.fail(errComplex)
	}
	if parens && !s.accept(")") {
		s.fail(errComplex)
	}
	return complex(s.parseFloat(re, bits/2), s.parseFloat(sign+im, bits/2))
}

// scanString reads a string: a word for %s and %v, a Go literal for %q,
// hex pairs for %x.
func (s *scanner) scanString(verb rune) string {
	if !s.verbFor(verb, "svqxX", "string") {
		return ""
	}
	s.SkipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		return s.quoted()
	case 'x', 'X':
		return s.hexBytes()
	}
	return string(s.token(true, notSpace))
}

func (s *scanner) quoted() string {
	s.notEOF()
	switch quote := s.next(); quote {
	case '`':
		for {
			r := s.mustNext()
			if r == '`' {
				break
			}
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return string(s.buf)
	case '"':
		s.buf = append(s.buf, '"')
		for {
			r := s.mustNext()
			s.buf = utf8.AppendRune(s.buf, r)
			if r == '\\' {
				s.buf = utf8.AppendRune(s.buf, s.mustNext())
			} else if r == '"' {
				break
			}
		}
		text, err := strconv.Unquote(string(s.buf))
		if err != nil {
			s.fail(err)
		}
		return text
	}
	s.failText("expected quoted string")
	return ""
}

func hexValue(r rune) (int, bool) {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0'), true
	case 'a' <= r && r <= 'f':
		return int(r-'a') + 10, true
	case 'A' <= r && r <= 'F':
		return int(r-'A') + 10, true
	}
	return 0, false
}

func (s *scanner) hexBytes() string {
	s.notEOF()
	for {
		r := s.next()
		if r == eof {
			break
		}
		high, ok := hexValue(r)
		if !ok {
			s.UnreadRune()
			break
		}
		low, ok := hexValue(s.mustNext())
		if !ok {
			s.failText("illegal hex digit")
		}
		s.buf = append(s.buf, byte(high<<4|low))
	}
	if len(s.buf) == 0 {
		s.failText("no hex data for %x string")
	}
	return string(s.buf)
}

// scanOne scans one operand (a pointer, or a Scanner) with verb.
func (s *scanner) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	if v, ok := arg.(Scanner); ok {
		if err := v.Scan(s, verb); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.fail(err)
		}
		return
	}
	switch v := arg.(type) {
	case *bool:
		*v = s.scanBool(verb)
	case *int:
		*v = int(s.scanInt(verb, 64))
	case *int8:
		*v = int8(s.scanInt(verb, 8))
	case *int16:
		*v = int16(s.scanInt(verb, 16))
	case *int32:
		*v = int32(s.scanInt(verb, 32))
	case *int64:
		*v = s.scanInt(verb, 64)
	case *uint:
		*v = uint(s.scanUint(verb, 64))
	case *uint8:
		*v = uint8(s.scanUint(verb, 8))
	case *uint16:
		*v = uint16(s.scanUint(verb, 16))
	case *uint32:
		*v = uint32(s.scanUint(verb, 32))
	case *uint64:
		*v = s.scanUint(verb, 64)
	case *uintptr:
		*v = uintptr(s.scanUint(verb, 64))
	case *float32:
		*v = float32(s.scanFloat(verb, 32, "float32"))
	case *float64:
		*v = s.scanFloat(verb, 64, "float64")
	case *complex64:
		*v = complex64(s.scanComplex(verb, 64))
	case *complex128:
		*v = s.scanComplex(verb, 128)
	case *string:
		*v = s.scanString(verb)
	case *[]byte:
		*v = []byte(s.scanString(verb))
	default:
		s.scanReflect(verb, reflect.ValueOf(v))
	}
}

// scanReflect scans into a pointer to a named type of a basic kind.
func (s *scanner) scanReflect(verb rune, ptr reflect.Value) {
	if ptr.Kind() != reflect.Pointer {
		s.failText("type not a pointer: " + ptr.Type().String())
		return
	}
	v := ptr.Elem()
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(s.scanBool(verb))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(s.scanInt(verb, v.Type().Bits()))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		v.SetUint(s.scanUint(verb, v.Type().Bits()))
	case reflect.String:
		v.SetString(s.scanString(verb))
	case reflect.Slice:
		if v.Type().Elem().Kind() != reflect.Uint8 {
			s.failText("can't scan type: " + ptr.Type().String())
		}
		text := s.scanString(verb)
		v.Set(reflect.MakeSlice(v.Type(), len(text), len(text)))
		for i := 0; i < len(text); i++ {
			v.Index(i).SetUint(uint64(text[i]))
		}
	case reflect.Float32, reflect.Float64:
		s.SkipSpace()
		s.notEOF()
		v.SetFloat(s.parseFloat(s.floatToken(), v.Type().Bits()))
	default:
		s.failText("can't scan type: " + ptr.Type().String())
	}
}

// scanAll is Scan and Scanln: every operand with %v, then for Scanln
// nothing but spaces up to the newline.
func (s *scanner) scanAll(a []any) (n int, err error) {
	defer catch(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		n++
	}
	if s.nlEnd {
		for {
			r := s.next()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				s.failText("expected newline")
				break
			}
		}
	}
	return
}

// matchSpaces matches a run of spaces and newlines in the format (starting
// at format[i]) against the input, returning where the run ends. A newline
// in the format matches spaces then a newline (or the end) in the input;
// other spaces match one or more spaces (or the end), or any number after a
// newline.
func (s *scanner) matchSpaces(format string, i int) int {
	newlines := 0
	trailingSpace := false
	for i < len(format) {
		c, w := utf8.DecodeRuneInString(format[i:])
		if !isSpace(c) {
			break
		}
		if c == '\n' {
			newlines++
			trailingSpace = false
		} else {
			trailingSpace = true
		}
		i += w
	}
	for ; newlines > 0; newlines-- {
		r := s.next()
		for isSpace(r) && r != '\n' {
			r = s.next()
		}
		if r != '\n' && r != eof {
			s.failText("newline in format does not match input")
		}
	}
	if trailingSpace {
		r := s.next()
		if newlines == 0 {
			if !isSpace(r) && r != eof {
				s.failText("expected space in input to match format")
			}
			if r == '\n' {
				s.failText("newline in input does not match format")
			}
		}
		for isSpace(r) && r != '\n' {
			r = s.next()
		}
		if r != eof {
			s.UnreadRune()
		}
	}
	return i
}

// advance matches the format's spaces and literal text against the input up
// to the next verb: the bytes of format matched, or -1 if the input differs.
func (s *scanner) advance(format string) int {
	i := 0
	for i < len(format) {
		c, w := utf8.DecodeRuneInString(format[i:])
		if isSpace(c) {
			i = s.matchSpaces(format, i)
			continue
		}
		if c == '%' {
			if i+w == len(format) {
				s.failText("missing verb: % at end of format string")
			}
			if next, _ := utf8.DecodeRuneInString(format[i+w:]); next != '%' {
				return i // a verb
			}
			i += w // %% matches a literal %
		}
		if r := s.mustNext(); r != c {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return i
}

// scanFormat is Scanf.
func (s *scanner) scanFormat(format string, a []any) (n int, err error) {
	defer catch(&err)
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.advance(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.failText("input does not match format")
			}
			break // the input ended
		}
		i++
		var hasWidth bool
		s.width, hasWidth, i = parseNumber(format, i, end)
		if !hasWidth {
			s.width = noLimit
		}
		c, size := utf8.DecodeRuneInString(format[i:])
		i += size
		if c != 'c' {
			s.SkipSpace()
		}
		if c == '%' {
			s.SkipSpace()
			s.notEOF()
			if !s.accept("%") {
				s.failText("missing literal %")
			}
			continue
		}
		s.limit = noLimit
		if f := s.count + s.width; f < s.limit {
			s.limit = f
		}
		if n >= len(a) {
			s.failText("too few operands for format '%" + format[i-size:] + "'")
			break
		}
		s.scanOne(c, a[n])
		n++
		s.limit = noLimit
	}
	if n < len(a) {
		s.failText("too many operands")
	}
	return
}
