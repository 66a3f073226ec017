package template

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The lexer cuts a template's text into tokens: text between actions, and inside an action
// ({{ ... }}) its words. It runs to completion before parsing (templates are small), so the
// parser can look ahead freely.

type tokenKind int

const (
	tokenError      tokenKind = iota
	tokenEOF                  // end of input
	tokenText                 // text outside actions
	tokenLeftDelim            // {{ (after trimming)
	tokenRightDelim           // }}
	tokenSpace                // white space inside an action
	tokenIdentifier           // a function name or keyword
	tokenField                // .Name
	tokenDot                  // .
	tokenVariable             // $ or $name
	tokenString               // "quoted"
	tokenRawString            // `raw`
	tokenChar                 // 'c'
	tokenNumber               // 12, 1.5e3, 0x1F, 'a' is a char
	tokenBool                 // true, false
	tokenNil                  // nil
	tokenLeftParen
	tokenRightParen
	tokenPipe    // |
	tokenDeclare // :=
	tokenAssign  // =
	tokenComma   // ,
	tokenKeyword // if, else, end, range, with, define, template, block, break, continue
	tokenComment // {{/* ... */}} (dropped by the parser)
)

var keywords = map[string]bool{"if": true, "else": true, "end": true, "range": true, "with": true,
	"define": true, "template": true, "block": true, "break": true, "continue": true}

type token struct {
	kind tokenKind
	text string
	pos  int // byte offset in the input
	line int // line of the token's start
}

type lexer struct {
	input  string
	left   string
	right  string
	pos    int
	line   int
	tokens []token
	parens int
}

// lex returns the tokens of input, ending with tokenEOF or tokenError (whose text is the
// message).
func lex(input, left, right string) []token {
	if left == "" {
		left = "{{"
	}
	if right == "" {
		right = "}}"
	}
	l := &lexer{input: input, left: left, right: right, line: 1}
	l.run()
	return l.tokens
}

func (l *lexer) emit(kind tokenKind, start, startLine int) {
	l.tokens = append(l.tokens, token{kind, l.input[start:l.pos], start, startLine})
}

func (l *lexer) fail(format string, args ...interface{}) {
	l.tokens = append(l.tokens, token{tokenError, fmt.Sprintf(format, args...), l.pos, l.line})
}

// advance moves past n bytes, counting newlines.
func (l *lexer) advance(n int) {
	l.line += strings.Count(l.input[l.pos:l.pos+n], "\n")
	l.pos += n
}

const trimMarker = '-'

// run lexes text and actions alternately.
func (l *lexer) run() {
	for {
		next := strings.Index(l.input[l.pos:], l.left)
		if next < 0 {
			if l.pos < len(l.input) {
				start, line := l.pos, l.line
				l.advance(len(l.input) - l.pos)
				l.emit(tokenText, start, line)
			}
			l.tokens = append(l.tokens, token{tokenEOF, "", l.pos, l.line})
			return
		}
		textEnd := l.pos + next
		afterDelim := textEnd + len(l.left)
		trimBefore := strings.HasPrefix(l.input[afterDelim:], "- ") || strings.HasPrefix(l.input[afterDelim:], "-\t") ||
			strings.HasPrefix(l.input[afterDelim:], "-\n") || strings.HasPrefix(l.input[afterDelim:], "-\r")
		text := l.input[l.pos:textEnd]
		if trimBefore {
			text = strings.TrimRightFunc(text, isSpace)
		}
		if text != "" {
			start, line := l.pos, l.line
			l.tokens = append(l.tokens, token{tokenText, text, start, line})
		}
		l.advance(textEnd - l.pos)
		if !l.action(trimBefore) {
			return
		}
	}
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\r' || r == '\n' }

// action lexes one {{ ... }}; false after an error.
func (l *lexer) action(trimmed bool) bool {
	start, line := l.pos, l.line
	l.advance(len(l.left))
	if trimmed {
		l.advance(2)
	}
	rest := l.input[l.pos:]
	// A comment is the whole action.
	if strings.HasPrefix(rest, "/*") {
		end := strings.Index(rest, "*/")
		if end < 0 {
			l.fail("unclosed comment")
			return false
		}
		l.advance(end + 2)
		trimAfter := false
		if strings.HasPrefix(l.input[l.pos:], " -"+l.right) {
			trimAfter = true
			l.advance(2)
		}
		if !strings.HasPrefix(l.input[l.pos:], l.right) {
			l.fail("comment ends before closing delimiter")
			return false
		}
		l.advance(len(l.right))
		l.tokens = append(l.tokens, token{tokenComment, "", start, line})
		if trimAfter {
			l.trimLeadingSpace()
		}
		return true
	}
	l.tokens = append(l.tokens, token{tokenLeftDelim, l.left, start, line})
	l.parens = 0
	for {
		rest = l.input[l.pos:]
		if l.atRightDelim(rest) {
			trimAfter := strings.HasPrefix(rest, " -") || strings.HasPrefix(rest, "\t-") ||
				strings.HasPrefix(rest, "\n-") || strings.HasPrefix(rest, "\r-")
			if trimAfter {
				l.advance(2)
			}
			if l.parens > 0 {
				l.fail("unclosed left paren")
				return false
			}
			s, ln := l.pos, l.line
			l.advance(len(l.right))
			l.emit(tokenRightDelim, s, ln)
			if trimAfter {
				l.trimLeadingSpace()
			}
			return true
		}
		if !l.word() {
			return false
		}
	}
}

// atRightDelim: the closing delimiter, maybe after " -".
func (l *lexer) atRightDelim(rest string) bool {
	if strings.HasPrefix(rest, l.right) {
		return true
	}
	if len(rest) >= 2 && isSpace(rune(rest[0])) && rest[1] == trimMarker && strings.HasPrefix(rest[2:], l.right) {
		return true
	}
	return false
}

// trimLeadingSpace drops the white space that follows a "-}}".
func (l *lexer) trimLeadingSpace() {
	n := len(l.input[l.pos:]) - len(strings.TrimLeftFunc(l.input[l.pos:], isSpace))
	l.advance(n)
}

// word lexes one token inside an action.
func (l *lexer) word() bool {
	start, line := l.pos, l.line
	rest := l.input[l.pos:]
	if rest == "" {
		l.fail("unclosed action")
		return false
	}
	c, size := utf8.DecodeRuneInString(rest)
	switch {
	case c == '\n' || c == '\r':
		l.fail("unclosed action")
		return false
	case isSpace(c):
		n := len(rest) - len(strings.TrimLeftFunc(rest, func(r rune) bool { return r == ' ' || r == '\t' }))
		if n == 0 {
			n = size
		}
		l.advance(n)
		l.emit(tokenSpace, start, line)
	case c == ':':
		if !strings.HasPrefix(rest, ":=") {
			l.fail("expected :=")
			return false
		}
		l.advance(2)
		l.emit(tokenDeclare, start, line)
	case c == '=':
		l.advance(1)
		l.emit(tokenAssign, start, line)
	case c == ',':
		l.advance(1)
		l.emit(tokenComma, start, line)
	case c == '|':
		l.advance(1)
		l.emit(tokenPipe, start, line)
	case c == '(':
		l.parens++
		l.advance(1)
		l.emit(tokenLeftParen, start, line)
	case c == ')':
		l.parens--
		if l.parens < 0 {
			l.fail("unexpected right paren %#U", c)
			return false
		}
		l.advance(1)
		l.emit(tokenRightParen, start, line)
	case c == '"':
		return l.quoted('"', tokenString, "unterminated quoted string")
	case c == '`':
		end := strings.IndexByte(rest[1:], '`')
		if end < 0 {
			l.fail("unterminated raw quoted string")
			return false
		}
		l.advance(end + 2)
		l.emit(tokenRawString, start, line)
	case c == '\'':
		return l.quoted('\'', tokenChar, "unterminated character constant")
	case c == '$':
		l.advance(1)
		l.advance(identifierLength(l.input[l.pos:]))
		l.emit(tokenVariable, start, line)
	case c == '.':
		if len(rest) > 1 && '0' <= rest[1] && rest[1] <= '9' {
			return l.number()
		}
		l.advance(1)
		n := identifierLength(l.input[l.pos:])
		l.advance(n)
		if n == 0 {
			l.emit(tokenDot, start, line)
		} else {
			l.emit(tokenField, start, line)
		}
	case c == '+' || c == '-' || ('0' <= c && c <= '9'):
		return l.number()
	case c == '_' || unicode.IsLetter(c):
		l.advance(identifierLength(rest))
		word := l.input[start:l.pos]
		kind := tokenIdentifier
		switch {
		case keywords[word]:
			kind = tokenKeyword
		case word == "true" || word == "false":
			kind = tokenBool
		case word == "nil":
			kind = tokenNil
		}
		l.emit(kind, start, line)
	case c <= unicode.MaxASCII && unicode.IsPrint(c):
		l.fail("bad character %#U", c)
		return false
	default:
		l.fail("unrecognized character in action: %#U", c)
		return false
	}
	return true
}

func identifierLength(s string) int {
	n := 0
	for n < len(s) {
		c, size := utf8.DecodeRuneInString(s[n:])
		if c != '_' && !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			break
		}
		n += size
	}
	return n
}

func (l *lexer) quoted(quote byte, kind tokenKind, unterminated string) bool {
	start, line := l.pos, l.line
	i := l.pos + 1
	for {
		if i >= len(l.input) || l.input[i] == '\n' {
			l.fail(unterminated)
			return false
		}
		if l.input[i] == '\\' {
			i += 2
			continue
		}
		if l.input[i] == quote {
			break
		}
		i++
	}
	l.advance(i + 1 - l.pos)
	l.emit(kind, start, line)
	return true
}

// number takes the longest run that can belong to a Go number; its validity is checked when
// parsed.
func (l *lexer) number() bool {
	start, line := l.pos, l.line
	i := l.pos
	if l.input[i] == '+' || l.input[i] == '-' {
		i++
	}
	for i < len(l.input) {
		c := l.input[i]
		if c == '.' || c == '_' || ('0' <= c && c <= '9') || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') {
			i++
			continue
		}
		if (c == '+' || c == '-') && i > 0 && strings.ContainsRune("eEpP", rune(l.input[i-1])) {
			i++
			continue
		}
		break
	}
	l.advance(i - l.pos)
	l.emit(tokenNumber, start, line)
	return true
}
