package main

import "fmt"

// panic with an error value prints its Error() text; deferred calls run first.

type ParseError struct {
	Line   int
	Reason string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: %s", e.Line, e.Reason)
}

func parse(lines []string) {
	defer fmt.Println("parse: deferred")
	for i, line := range lines {
		if line == "" {
			panic(&ParseError{i + 1, "empty line"})
		}
		fmt.Println("parsed", line)
	}
}

func main() {
	defer fmt.Println("main: deferred")
	parse([]string{"a", "b", "", "d"})
}
