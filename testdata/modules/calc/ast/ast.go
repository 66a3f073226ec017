// Package ast: expressions and a recursive-descent parser for them.
package ast

import (
	"fmt"
	"strconv"

	"example.com/calc/token"
)

type Expr interface {
	fmt.Stringer
	node()
}

type Num struct{ Value int }
type Var struct{ Name string }
type Binary struct {
	Op   token.Kind
	X, Y Expr
}
type Assign struct {
	Name  string
	Value Expr
}

func (Num) node()    {}
func (Var) node()    {}
func (Binary) node() {}
func (Assign) node() {}

func (n Num) String() string    { return strconv.Itoa(n.Value) }
func (v Var) String() string    { return v.Name }
func (b Binary) String() string { return fmt.Sprintf("(%v %v %v)", b.X, b.Op, b.Y) }
func (a Assign) String() string { return fmt.Sprintf("%s = %v", a.Name, a.Value) }

type SyntaxError struct {
	Got  token.Token
	Want string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("want %s, got %v", e.Want, e.Got) }

type parser struct {
	tokens []token.Token
	pos    int
}

func (p *parser) peek() token.Token { return p.tokens[p.pos] }
func (p *parser) next() token.Token { t := p.tokens[p.pos]; p.pos++; return t }

// Parse parses a whole line: an assignment or an expression.
func Parse(tokens []token.Token) (expr Expr, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(*SyntaxError)
		}
	}()
	p := &parser{tokens: tokens}
	if len(tokens) > 2 && tokens[0].Kind == token.Ident && tokens[1].Kind == token.Assign {
		p.pos = 2
		expr = Assign{tokens[0].Text, p.sum()}
	} else {
		expr = p.sum()
	}
	p.expect(token.EOF, "end of input")
	return expr, nil
}

func (p *parser) expect(kind token.Kind, want string) token.Token {
	if p.peek().Kind != kind {
		panic(&SyntaxError{p.peek(), want})
	}
	return p.next()
}

func (p *parser) sum() Expr {
	x := p.product()
	for p.peek().Kind == token.Plus || p.peek().Kind == token.Minus {
		op := p.next().Kind
		x = Binary{op, x, p.product()}
	}
	return x
}

func (p *parser) product() Expr {
	x := p.operand()
	for p.peek().Kind == token.Star || p.peek().Kind == token.Slash {
		op := p.next().Kind
		x = Binary{op, x, p.operand()}
	}
	return x
}

func (p *parser) operand() Expr {
	switch t := p.next(); t.Kind {
	case token.Number:
		n, _ := strconv.Atoi(t.Text)
		return Num{n}
	case token.Ident:
		return Var{t.Text}
	case token.LParen:
		x := p.sum()
		p.expect(token.RParen, ")")
		return x
	default:
		panic(&SyntaxError{t, "an operand"})
	}
}
