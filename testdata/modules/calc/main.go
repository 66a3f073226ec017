// A calculator split into packages: each argument is a line to evaluate.
package main

import (
	"errors"
	"fmt"
	"os"

	"example.com/calc/ast"
	"example.com/calc/eval"
	"example.com/calc/lexer"
)

func main() {
	env := eval.Env{}
	failures := 0
	for _, line := range os.Args[1:] {
		tokens, err := lexer.Lex(line)
		if err != nil {
			fmt.Println("lex:", err)
			failures++
			continue
		}
		expr, err := ast.Parse(tokens)
		var syntax *ast.SyntaxError
		if errors.As(err, &syntax) {
			fmt.Printf("%-14s syntax error: %v (%T)\n", line, err, syntax)
			failures++
			continue
		}
		value, err := env.Eval(expr)
		switch {
		case errors.Is(err, eval.ErrDivision):
			fmt.Printf("%-14s %v -> %v\n", line, expr, err)
		case err != nil:
			fmt.Printf("%-14s error: %v\n", line, err)
		default:
			fmt.Printf("%-14s %v = %d\n", line, expr, value)
		}
	}
	fmt.Println("variables:", env, "failures:", failures)
	if failures > 0 {
		os.Exit(failures)
	}
}
