// panic with a value of a user error type prints its Error() text.
package main

import "fmt"

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}

func parse(lines []string) error {
	for i, l := range lines {
		if l == "" {
			return &ParseError{i + 1, "empty line"}
		}
	}
	return nil
}

func main() {
	fmt.Println(parse([]string{"a", "b"}))
	if err := parse([]string{"a", "", "c"}); err != nil {
		panic(err)
	}
}
