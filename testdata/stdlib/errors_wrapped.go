// errors.Is and errors.As through chains of wrapped errors: sentinel values,
// comparable and uncomparable error types, pointer and value receivers,
// interface targets, custom Is and As methods, and As's panics.
package main

import (
	"errors"
	"fmt"
)

var errNotFound = errors.New("not found")

type pathError struct {
	op, path string
	err      error
}

func (e *pathError) Error() string { return e.op + " " + e.path + ": " + e.err.Error() }
func (e *pathError) Unwrap() error { return e.err }

type code int

func (c code) Error() string { return fmt.Sprint("code ", int(c)) }

type multi []error

func (m multi) Error() string { return fmt.Sprint(len(m), " errors") }
func (m multi) Is(target error) bool {
	for _, e := range m {
		if errors.Is(e, target) {
			return true
		}
	}
	return false
}

type timeout struct{ after int }

func (t timeout) Error() string { return fmt.Sprint("timeout after ", t.after) }
func (t timeout) Timeout() bool { return true }
func (t timeout) As(x any) bool {
	if p, ok := x.(*code); ok {
		*p = code(t.after)
		return true
	}
	return false
}

type wrapper struct{ inner error }

func (w wrapper) Error() string { return "wrapped: " + w.inner.Error() }
func (w wrapper) Unwrap() error { return w.inner }

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(what, "panics:", r)
		}
	}()
	f()
}

func main() {
	chain := fmt.Errorf("load: %w", &pathError{"open", "/etc/x", errNotFound})
	fmt.Println(chain)
	fmt.Println(errors.Is(chain, errNotFound), errors.Is(chain, errors.New("not found")), errors.Is(nil, nil), errors.Is(chain, nil))
	var pe *pathError
	fmt.Println(errors.As(chain, &pe), pe.path, pe.op)
	var c code
	fmt.Println(errors.As(chain, &c), c)
	coded := wrapper{fmt.Errorf("ctx: %w", code(7))}
	fmt.Println(errors.As(coded, &c), c, errors.Is(coded, code(7)), errors.Is(coded, code(8)))
	var w wrapper
	fmt.Println(errors.As(coded, &w), w.inner)

	var timeouter interface{ Timeout() bool }
	deep := wrapper{wrapper{timeout{3}}}
	fmt.Println(errors.As(deep, &timeouter), timeouter)
	fmt.Println(errors.As(chain, &timeouter))
	c = 0
	fmt.Println(errors.As(deep, &c), c)
	var anyTarget interface{}
	fmt.Println(errors.As(chain, &anyTarget), anyTarget)
	var plain error
	fmt.Println(errors.As(chain, &plain), plain)

	m := multi{code(1), wrapper{errNotFound}}
	fmt.Println(errors.Is(m, errNotFound), errors.Is(m, code(1)), errors.Is(m, code(2)))
	fmt.Println(errors.Is(fmt.Errorf("x: %w", m), errNotFound))
	// an uncomparable error as target or in the chain must not panic
	fmt.Println(errors.Is(m, multi{code(1)}), errors.Is(wrapper{m}, m))
	fmt.Println(errors.Unwrap(chain) == chain, errors.Unwrap(errors.Unwrap(chain)) == errNotFound, errors.Unwrap(errNotFound))

	try("nil target", func() { errors.As(chain, nil) })
	try("non-pointer", func() { errors.As(chain, pe) })
	try("nil pointer", func() { var p *code; errors.As(chain, p) })
	try("pointer to int", func() { n := 0; errors.As(chain, &n) })
}
