package main

import "fmt"

// A tokenizer written as a state machine whose states are closures: each state
// function consumes input and returns the next state (Rob Pike's lexer pattern).
// The lexer's position and output live in variables the states capture.

type tokenKind int

const (
	tokenError tokenKind = iota
	tokenEOF
	tokenIdent
	tokenNumber
	tokenString
	tokenOperator
	tokenComment
	tokenKeyword
)

var kindNames = []string{"error", "eof", "ident", "number", "string", "op", "comment", "keyword"}

func (k tokenKind) String() string { return kindNames[k] }

type token struct {
	kind tokenKind
	text string
	line int
}

type stateFn func() stateFn

var keywords = []string{"func", "return", "if", "else", "for", "var"}

func isKeyword(word string) bool {
	for _, k := range keywords {
		if k == word {
			return true
		}
	}
	return false
}

func isLetter(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

func isOperator(c byte) bool {
	for _, op := range []byte("+-*/=<>(){},;!") {
		if op == c {
			return true
		}
	}
	return false
}

// tokenize returns the tokens of input, running the state machine to its end.
func tokenize(input string) []token {
	var tokens []token
	start, pos, line := 0, 0, 1

	peek := func() byte {
		if pos >= len(input) {
			return 0
		}
		return input[pos]
	}
	next := func() byte {
		c := peek()
		if c != 0 {
			pos++
		}
		return c
	}
	emit := func(kind tokenKind) {
		tokens = append(tokens, token{kind, input[start:pos], line})
		start = pos
	}
	ignore := func() { start = pos }
	errorf := func(format string, args ...interface{}) stateFn {
		tokens = append(tokens, token{tokenError, fmt.Sprintf(format, args...), line})
		return nil
	}
	acceptRun := func(valid func(byte) bool) int {
		n := 0
		for peek() != 0 && valid(peek()) {
			next()
			n++
		}
		return n
	}

	var lexAny, lexIdent, lexNumber, lexString, lexComment stateFn

	lexIdent = func() stateFn {
		acceptRun(func(c byte) bool { return isLetter(c) || isDigit(c) })
		if isKeyword(input[start:pos]) {
			emit(tokenKeyword)
		} else {
			emit(tokenIdent)
		}
		return lexAny
	}
	lexNumber = func() stateFn {
		acceptRun(isDigit)
		if peek() == '.' {
			next()
			if acceptRun(isDigit) == 0 {
				return errorf("line %d: bad number %q", line, input[start:pos])
			}
		}
		emit(tokenNumber)
		return lexAny
	}
	lexString = func() stateFn {
		for {
			switch next() {
			case '"':
				emit(tokenString)
				return lexAny
			case '\\':
				next()
			case 0, '\n':
				return errorf("line %d: unterminated string", line)
			}
		}
	}
	lexComment = func() stateFn {
		for peek() != '\n' && peek() != 0 {
			next()
		}
		emit(tokenComment)
		return lexAny
	}
	lexAny = func() stateFn {
		c := peek()
		switch {
		case c == 0:
			emit(tokenEOF)
			return nil
		case c == '\n':
			next()
			line++
			ignore()
		case c == ' ' || c == '\t':
			next()
			ignore()
		case isLetter(c):
			return lexIdent
		case isDigit(c):
			return lexNumber
		case c == '"':
			next()
			return lexString
		case c == '/' && pos+1 < len(input) && input[pos+1] == '/':
			return lexComment
		case isOperator(c):
			next()
			if (c == '=' || c == '<' || c == '>' || c == '!') && peek() == '=' {
				next()
			}
			emit(tokenOperator)
		default:
			return errorf("line %d: unexpected %q", line, c)
		}
		return lexAny
	}

	for state := lexAny; state != nil; {
		state = state()
	}
	return tokens
}

func summarize(tokens []token) string {
	counts := make([]int, len(kindNames))
	for _, t := range tokens {
		counts[t.kind]++
	}
	var parts []string
	for kind, n := range counts {
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%v=%d", tokenKind(kind), n))
		}
	}
	text := ""
	for i, part := range parts {
		if i > 0 {
			text += " "
		}
		text += part
	}
	return text
}

func main() {
	program := `func add(a, b) {
	// adds two numbers
	return a + b
}
var pi = 3.14159
if pi >= 3 { print("big \"pi\"", 42) }
`
	tokens := tokenize(program)
	for _, t := range tokens {
		fmt.Printf("%2d %-8v %q\n", t.line, t.kind, t.text)
	}
	fmt.Println(summarize(tokens))

	for _, bad := range []string{"x = 1.", "s = \"open", "a # b"} {
		tokens := tokenize(bad)
		last := tokens[len(tokens)-1]
		fmt.Println(last.kind, last.text, len(tokens))
	}
}
