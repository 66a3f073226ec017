// Package token: the calculator's tokens.
package token

import "fmt"

type Kind int

const (
	EOF Kind = iota
	Number
	Ident
	Plus
	Minus
	Star
	Slash
	LParen
	RParen
	Assign
)

var names = map[Kind]string{EOF: "end of input", Number: "number", Ident: "identifier",
	Plus: "+", Minus: "-", Star: "*", Slash: "/", LParen: "(", RParen: ")", Assign: "="}

func (k Kind) String() string { return names[k] }

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func (t Token) String() string { return fmt.Sprintf("%v %q at %d", t.Kind, t.Text, t.Pos) }
