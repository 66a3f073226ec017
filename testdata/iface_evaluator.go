// An expression evaluator over an interface AST: a tokenizer, a recursive-descent
// parser producing Expr values, evaluation with custom error types, a
// simplifier and a symbolic derivative written with type switches.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Env map[string]float64

type Expr interface {
	Eval(env Env) (float64, error)
	String() string
}

type Num float64
type Var string

type Binary struct {
	Op   byte
	L, R Expr
}

type Neg struct{ X Expr }

type Call struct {
	Fn   string
	Args []Expr
}

func (n Num) Eval(Env) (float64, error) { return float64(n), nil }
func (n Num) String() string            { return fmt.Sprint(float64(n)) }

type UndefinedError struct{ Name string }

func (e *UndefinedError) Error() string { return "undefined variable " + e.Name }

var ErrDivideByZero = errors.New("division by zero")

func (v Var) Eval(env Env) (float64, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, &UndefinedError{string(v)}
}
func (v Var) String() string { return string(v) }

func (b *Binary) Eval(env Env) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, fmt.Errorf("evaluating %v: %w", b, ErrDivideByZero)
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("unknown operator %q", b.Op)
}

func (b *Binary) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}

func (n Neg) Eval(env Env) (float64, error) {
	x, err := n.X.Eval(env)
	return -x, err
}
func (n Neg) String() string { return "-" + n.X.String() }

func (c *Call) Eval(env Env) (float64, error) {
	var values []float64
	for _, a := range c.Args {
		v, err := a.Eval(env)
		if err != nil {
			return 0, err
		}
		values = append(values, v)
	}
	switch c.Fn {
	case "max":
		best := values[0]
		for _, v := range values[1:] {
			if v > best {
				best = v
			}
		}
		return best, nil
	case "sq":
		return values[0] * values[0], nil
	}
	return 0, fmt.Errorf("unknown function %s/%d", c.Fn, len(values))
}

func (c *Call) String() string {
	s := c.Fn + "("
	for i, a := range c.Args {
		if i > 0 {
			s += ", "
		}
		s += a.String()
	}
	return s + ")"
}

// ---- parsing ----

type parser struct {
	src string
	pos int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

func (p *parser) peek() byte {
	for p.pos < len(p.src) && p.src[p.pos] == ' ' {
		p.pos++
	}
	if p.pos < len(p.src) {
		return p.src[p.pos]
	}
	return 0
}

func (p *parser) expr() Expr {
	x := p.term()
	for c := p.peek(); c == '+' || c == '-'; c = p.peek() {
		p.pos++
		x = &Binary{c, x, p.term()}
	}
	return x
}

func (p *parser) term() Expr {
	x := p.unary()
	for c := p.peek(); c == '*' || c == '/'; c = p.peek() {
		p.pos++
		x = &Binary{c, x, p.unary()}
	}
	return x
}

func (p *parser) unary() Expr {
	if p.peek() == '-' {
		p.pos++
		return Neg{p.unary()}
	}
	return p.primary()
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' || c == '_' }

func (p *parser) primary() Expr {
	c := p.peek()
	start := p.pos
	switch {
	case c == '(':
		p.pos++
		x := p.expr()
		if p.peek() != ')' {
			panic(SyntaxError{p.pos, "expected )"})
		}
		p.pos++
		return x
	case isDigit(c):
		for p.pos < len(p.src) && isDigit(p.src[p.pos]) {
			p.pos++
		}
		n, err := strconv.Atoi(p.src[start:p.pos])
		if err != nil {
			panic(SyntaxError{start, err.Error()})
		}
		return Num(n)
	case isLetter(c):
		for p.pos < len(p.src) && isLetter(p.src[p.pos]) {
			p.pos++
		}
		name := p.src[start:p.pos]
		if p.peek() != '(' {
			return Var(name)
		}
		p.pos++
		call := &Call{Fn: name}
		for p.peek() != ')' {
			call.Args = append(call.Args, p.expr())
			if p.peek() == ',' {
				p.pos++
			}
		}
		p.pos++
		return call
	}
	panic(SyntaxError{p.pos, fmt.Sprintf("unexpected %q", string(c))})
}

func parse(src string) (e Expr, err error) {
	defer func() {
		if r := recover(); r != nil {
			if se, ok := r.(SyntaxError); ok {
				err = se
				return
			}
			panic(r)
		}
	}()
	p := &parser{src: src}
	e = p.expr()
	if p.peek() != 0 {
		return nil, SyntaxError{p.pos, "trailing input"}
	}
	return e, nil
}

// ---- symbolic work with type switches ----

func simplify(e Expr) Expr {
	switch e := e.(type) {
	case *Binary:
		l, r := simplify(e.L), simplify(e.R)
		ln, lok := l.(Num)
		rn, rok := r.(Num)
		switch {
		case lok && rok:
			v, _ := (&Binary{e.Op, ln, rn}).Eval(nil)
			return Num(v)
		case e.Op == '*' && (lok && ln == 0 || rok && rn == 0):
			return Num(0)
		case (e.Op == '*' && lok && ln == 1) || (e.Op == '+' && lok && ln == 0):
			return r
		case (e.Op == '*' || e.Op == '/') && rok && rn == 1, (e.Op == '+' || e.Op == '-') && rok && rn == 0:
			return l
		}
		return &Binary{e.Op, l, r}
	case Neg:
		if n, ok := simplify(e.X).(Num); ok {
			return -n
		}
	}
	return e
}

func derive(e Expr, v Var) Expr {
	switch e := e.(type) {
	case Num:
		return Num(0)
	case Var:
		if e == v {
			return Num(1)
		}
		return Num(0)
	case Neg:
		return Neg{derive(e.X, v)}
	case *Binary:
		dl, dr := derive(e.L, v), derive(e.R, v)
		switch e.Op {
		case '+', '-':
			return &Binary{e.Op, dl, dr}
		case '*':
			return &Binary{'+', &Binary{'*', dl, e.R}, &Binary{'*', e.L, dr}}
		}
	}
	return &Call{"d", []Expr{e}}
}

func main() {
	env := Env{"x": 3, "y": 4}
	inputs := []string{
		"1 + 2 * 3",
		"(x + y) * (x - y)",
		"-x * -2 + sq(y)",
		"max(1, x, y, 2) / 2",
		"x / (y - 4)",
		"z + 1",
		"foo(1)",
		"2 * (x + ",
		"3 $ 4",
		"1_0 + 2",
	}
	for _, in := range inputs {
		e, err := parse(in)
		if err != nil {
			fmt.Printf("%-22s parse error: %v\n", in, err)
			continue
		}
		v, err := e.Eval(env)
		var undefined *UndefinedError
		switch {
		case errors.Is(err, ErrDivideByZero):
			fmt.Printf("%-22s %v -> divide by zero (%v)\n", in, e, err)
		case errors.As(err, &undefined):
			fmt.Printf("%-22s %v -> needs %s\n", in, e, undefined.Name)
		case err != nil:
			fmt.Printf("%-22s %v -> error %v\n", in, e, err)
		default:
			fmt.Printf("%-22s %v = %g\n", in, e, v)
		}
	}
	for _, in := range []string{"x * x + 3 * x + 1", "2 * y * x", "x * (x + 1) - 0"} {
		e, _ := parse(in)
		d := simplify(derive(e, "x"))
		dv, _ := d.Eval(env)
		fmt.Printf("d/dx %v = %v = %g at x=3\n", e, d, dv)
	}
	fmt.Printf("%T %T %T %T\n", Num(1), Var("q"), Neg{}, &Call{})
}
