// Package lexer splits a line into tokens.
package lexer

import (
	"fmt"

	"example.com/calc/token"
)

var single = map[byte]token.Kind{'+': token.Plus, '-': token.Minus, '*': token.Star,
	'/': token.Slash, '(': token.LParen, ')': token.RParen, '=': token.Assign}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' }

// Lex returns the tokens of line, ending with EOF.
func Lex(line string) ([]token.Token, error) {
	var tokens []token.Token
	for i := 0; i < len(line); {
		c := line[i]
		switch {
		case c == ' ':
			i++
		case isDigit(c):
			start := i
			for i < len(line) && isDigit(line[i]) {
				i++
			}
			tokens = append(tokens, token.Token{Kind: token.Number, Text: line[start:i], Pos: start})
		case isLetter(c):
			start := i
			for i < len(line) && (isLetter(line[i]) || isDigit(line[i])) {
				i++
			}
			tokens = append(tokens, token.Token{Kind: token.Ident, Text: line[start:i], Pos: start})
		default:
			kind, ok := single[c]
			if !ok {
				return nil, fmt.Errorf("unexpected %q at %d", c, i)
			}
			tokens = append(tokens, token.Token{Kind: kind, Text: string(c), Pos: i})
			i++
		}
	}
	return append(tokens, token.Token{Kind: token.EOF, Pos: len(line)}), nil
}
