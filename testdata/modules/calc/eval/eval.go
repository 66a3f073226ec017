// Package eval evaluates expressions in an environment of variables.
package eval

import (
	"errors"
	"fmt"

	"example.com/calc/ast"
	"example.com/calc/token"
)

var ErrDivision = errors.New("division by zero")

type Env map[string]int

func (env Env) Eval(e ast.Expr) (int, error) {
	switch e := e.(type) {
	case ast.Num:
		return e.Value, nil
	case ast.Var:
		v, ok := env[e.Name]
		if !ok {
			return 0, fmt.Errorf("undefined variable %s", e.Name)
		}
		return v, nil
	case ast.Assign:
		v, err := env.Eval(e.Value)
		if err == nil {
			env[e.Name] = v
		}
		return v, err
	case ast.Binary:
		x, err := env.Eval(e.X)
		if err != nil {
			return 0, err
		}
		y, err := env.Eval(e.Y)
		if err != nil {
			return 0, err
		}
		return apply(e.Op, x, y)
	}
	panic(fmt.Sprintf("unknown expression %T", e))
}

func apply(op token.Kind, x, y int) (int, error) {
	switch op {
	case token.Plus:
		return x + y, nil
	case token.Minus:
		return x - y, nil
	case token.Star:
		return x * y, nil
	}
	if y == 0 {
		return 0, fmt.Errorf("%d / %d: %w", x, y, ErrDivision)
	}
	return x / y, nil
}
