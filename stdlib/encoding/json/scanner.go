package json

// The scanner is a byte-at-a-time state machine for JSON syntax. Valid, Compact, Indent,
// Unmarshal (which checks the whole input before decoding anything) and the stream Decoder all
// feed it, so each reports the same syntax error, in gc's words, at the same offset. Each step
// returns what the byte did (an op); the decoder itself then parses input known to be valid.

import "strconv"

// Ops returned by step. Everything from opSkipSpace on lets Compact drop the byte.
const (
	opContinue = iota
	opBeginLiteral
	opBeginObject
	opObjectKey
	opObjectValue
	opEndObject
	opBeginArray
	opArrayValue
	opEndArray
	opSkipSpace
	opEnd
	opError
)

// What an open container expects next.
const (
	inObjectKey = iota
	inObjectValue
	inArrayValue
)

// Scanner states.
const (
	stBeginValue = iota
	stBeginValueOrEmpty
	stBeginStringOrEmpty
	stBeginString
	stEndValue
	stEndTop
	stInString
	stInStringEsc
	stInStringEscU
	stInStringEscU1
	stInStringEscU12
	stInStringEscU123
	stNeg
	st1
	st0
	stDot
	stDot0
	stE
	stESign
	stE0
	stT
	stTr
	stTru
	stF
	stFa
	stFal
	stFals
	stN
	stNu
	stNul
	stError
)

// A SyntaxError is a description of a JSON syntax error. Offset counts the bytes read before
// the error was found.
type SyntaxError struct {
	msg    string
	Offset int64
}

// Error returns the error's message, in gc's words.
func (e *SyntaxError) Error() string { return e.msg }

type scanner struct {
	state  int
	stack  []int
	endTop bool
	err    error
	bytes  int64
}

func (s *scanner) reset() {
	s.state = stBeginValue
	s.stack = s.stack[:0]
	s.err = nil
	s.endTop = false
}

func isSpace(c byte) bool {
	return c <= ' ' && (c == ' ' || c == '\t' || c == '\r' || c == '\n')
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isHex(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// eof tells the scanner the input ended; it reports opError when the value is incomplete.
func (s *scanner) eof() int {
	if s.err != nil {
		return opError
	}
	if s.endTop {
		return opEnd
	}
	s.step(' ')
	if s.endTop {
		return opEnd
	}
	if s.err == nil {
		s.err = &SyntaxError{"unexpected end of JSON input", s.bytes}
	}
	return opError
}

func (s *scanner) fail(c byte, context string) int {
	s.state = stError
	s.err = &SyntaxError{"invalid character " + quoteChar(c) + " " + context, s.bytes}
	return opError
}

func quoteChar(c byte) string {
	switch c {
	case '\'':
		return `'\''`
	case '"':
		return `'"'`
	}
	q := strconv.Quote(string(rune(c)))
	return "'" + q[1:len(q)-1] + "'"
}

// maxDepth is how deep arrays and objects may nest, as in gc.
const maxDepth = 10000

// push opens a container; c is its opening byte, op what a successful step returns.
func (s *scanner) push(c byte, what, op int) int {
	s.stack = append(s.stack, what)
	if len(s.stack) > maxDepth {
		return s.fail(c, "exceeded max depth")
	}
	return op
}

func (s *scanner) pop() {
	s.stack = s.stack[:len(s.stack)-1]
	if len(s.stack) == 0 {
		s.state = stEndTop
		s.endTop = true
	} else {
		s.state = stEndValue
	}
}

// literal steps through the fixed letters of true, false and null.
func (s *scanner) literal(c, want byte, next int, word string) int {
	if c == want {
		s.state = next
		return opContinue
	}
	return s.fail(c, "in literal "+word+" (expecting "+quoteChar(want)+")")
}

// step feeds one byte to the scanner.
func (s *scanner) step(c byte) int {
	switch s.state {
	case stBeginValueOrEmpty:
		if isSpace(c) {
			return opSkipSpace
		}
		if c == ']' {
			return s.endValue(c)
		}
		return s.beginValue(c)
	case stBeginValue:
		return s.beginValue(c)
	case stBeginStringOrEmpty:
		if isSpace(c) {
			return opSkipSpace
		}
		if c == '}' {
			s.stack[len(s.stack)-1] = inObjectValue
			return s.endValue(c)
		}
		return s.beginString(c)
	case stBeginString:
		return s.beginString(c)
	case stEndValue:
		return s.endValue(c)
	case stEndTop:
		if !isSpace(c) {
			s.fail(c, "after top-level value") // reported on the next call
		}
		return opEnd
	case stInString:
		switch {
		case c == '"':
			s.state = stEndValue
		case c == '\\':
			s.state = stInStringEsc
		case c < 0x20:
			return s.fail(c, "in string literal")
		}
		return opContinue
	case stInStringEsc:
		switch c {
		case 'b', 'f', 'n', 'r', 't', '\\', '/', '"':
			s.state = stInString
			return opContinue
		case 'u':
			s.state = stInStringEscU
			return opContinue
		}
		return s.fail(c, "in string escape code")
	case stInStringEscU, stInStringEscU1, stInStringEscU12, stInStringEscU123:
		if !isHex(c) {
			return s.fail(c, "in \\u hexadecimal character escape")
		}
		if s.state == stInStringEscU123 {
			s.state = stInString
		} else {
			s.state++
		}
		return opContinue
	case stNeg:
		if c == '0' {
			s.state = st0
			return opContinue
		}
		if '1' <= c && c <= '9' {
			s.state = st1
			return opContinue
		}
		return s.fail(c, "in numeric literal")
	case st1:
		if isDigit(c) {
			return opContinue
		}
		return s.afterInteger(c)
	case st0:
		return s.afterInteger(c)
	case stDot:
		if isDigit(c) {
			s.state = stDot0
			return opContinue
		}
		return s.fail(c, "after decimal point in numeric literal")
	case stDot0:
		if isDigit(c) {
			return opContinue
		}
		if c == 'e' || c == 'E' {
			s.state = stE
			return opContinue
		}
		return s.endValue(c)
	case stE:
		if c == '+' || c == '-' {
			s.state = stESign
			return opContinue
		}
		return s.exponentSign(c)
	case stESign:
		return s.exponentSign(c)
	case stE0:
		if isDigit(c) {
			return opContinue
		}
		return s.endValue(c)
	case stT:
		return s.literal(c, 'r', stTr, "true")
	case stTr:
		return s.literal(c, 'u', stTru, "true")
	case stTru:
		return s.literal(c, 'e', stEndValue, "true")
	case stF:
		return s.literal(c, 'a', stFa, "false")
	case stFa:
		return s.literal(c, 'l', stFal, "false")
	case stFal:
		return s.literal(c, 's', stFals, "false")
	case stFals:
		return s.literal(c, 'e', stEndValue, "false")
	case stN:
		return s.literal(c, 'u', stNu, "null")
	case stNu:
		return s.literal(c, 'l', stNul, "null")
	case stNul:
		return s.literal(c, 'l', stEndValue, "null")
	}
	return opError
}

func (s *scanner) afterInteger(c byte) int {
	if c == '.' {
		s.state = stDot
		return opContinue
	}
	if c == 'e' || c == 'E' {
		s.state = stE
		return opContinue
	}
	return s.endValue(c)
}

func (s *scanner) exponentSign(c byte) int {
	if isDigit(c) {
		s.state = stE0
		return opContinue
	}
	return s.fail(c, "in exponent of numeric literal")
}

func (s *scanner) beginValue(c byte) int {
	if isSpace(c) {
		return opSkipSpace
	}
	switch c {
	case '{':
		s.state = stBeginStringOrEmpty
		return s.push(c, inObjectKey, opBeginObject)
	case '[':
		s.state = stBeginValueOrEmpty
		return s.push(c, inArrayValue, opBeginArray)
	case '"':
		s.state = stInString
	case '-':
		s.state = stNeg
	case '0':
		s.state = st0
	case 't':
		s.state = stT
	case 'f':
		s.state = stF
	case 'n':
		s.state = stN
	default:
		if '1' <= c && c <= '9' {
			s.state = st1
		} else {
			return s.fail(c, "looking for beginning of value")
		}
	}
	return opBeginLiteral
}

func (s *scanner) beginString(c byte) int {
	if isSpace(c) {
		return opSkipSpace
	}
	if c == '"' {
		s.state = stInString
		return opBeginLiteral
	}
	return s.fail(c, "looking for beginning of object key string")
}

func (s *scanner) endValue(c byte) int {
	n := len(s.stack)
	if n == 0 {
		s.state = stEndTop
		s.endTop = true
		return s.step(c)
	}
	if isSpace(c) {
		s.state = stEndValue
		return opSkipSpace
	}
	switch s.stack[n-1] {
	case inObjectKey:
		if c == ':' {
			s.stack[n-1] = inObjectValue
			s.state = stBeginValue
			return opObjectKey
		}
		return s.fail(c, "after object key")
	case inObjectValue:
		if c == ',' {
			s.stack[n-1] = inObjectKey
			s.state = stBeginString
			return opObjectValue
		}
		if c == '}' {
			s.pop()
			return opEndObject
		}
		return s.fail(c, "after object key:value pair")
	}
	if c == ',' {
		s.state = stBeginValue
		return opArrayValue
	}
	if c == ']' {
		s.pop()
		return opEndArray
	}
	return s.fail(c, "after array element")
}

// checkValid scans all of data, counting bytes for the error offset.
func checkValid(data []byte, s *scanner) error {
	s.reset()
	for _, c := range data {
		s.bytes++
		if s.step(c) == opError {
			return s.err
		}
	}
	if s.eof() == opError {
		return s.err
	}
	return nil
}

// Valid reports whether data is a valid JSON encoding.
func Valid(data []byte) bool {
	var s scanner
	return checkValid(data, &s) == nil
}
