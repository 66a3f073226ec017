// The error interface: user types implementing Error() on values and pointers,
// errors.New and fmt.Errorf (with %w wrapping), errors.Is/As/Unwrap over chains,
// the runtime's own errors (strconv), and the typed-nil-in-interface trap.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func (c Code) Is(target error) bool {
	t, ok := target.(Code)
	return ok && (t == 0 || t == c) // Code(0) matches every code
}

type Temporary interface{ Temporary() bool }

type timeout struct{ after int }

func (t timeout) Error() string   { return fmt.Sprintf("timeout after %dms", t.after) }
func (t timeout) Temporary() bool { return true }

func open(path string) error {
	switch path {
	case "/secret":
		return &PathError{"open", path, ErrPermission}
	case "/missing":
		return &PathError{"open", path, ErrNotFound}
	case "/slow":
		return fmt.Errorf("open %s: %w", path, timeout{250})
	case "/teapot":
		return fmt.Errorf("brewing: %w", Code(418))
	}
	return nil
}

func mayFail(fail bool) error {
	var p *PathError
	if fail {
		p = &PathError{"stat", "x", ErrNotFound}
	}
	return p // a nil *PathError is still a non-nil error
}

func main() {
	for _, path := range []string{"/ok", "/secret", "/missing", "/slow", "/teapot"} {
		err := open(path)
		fmt.Printf("%-9s err=%v\n", path, err)
		if err == nil {
			continue
		}
		fmt.Println("   is not found:", errors.Is(err, ErrNotFound), " is permission:", errors.Is(err, ErrPermission))
		var pe *PathError
		if errors.As(err, &pe) {
			fmt.Println("   path error on", pe.Path, "op", pe.Op)
		}
		var tmp Temporary
		if errors.As(err, &tmp) {
			fmt.Println("   temporary:", tmp.Temporary())
		}
		var code Code
		if errors.As(err, &code) {
			fmt.Println("   code", int(code), errors.Is(err, Code(0)), errors.Is(err, Code(418)), errors.Is(err, Code(1)))
		}
		fmt.Printf("   unwrap: %v (%T)\n", errors.Unwrap(err), errors.Unwrap(err))
	}

	e1 := fmt.Errorf("layer1: %w", ErrNotFound)
	e2 := fmt.Errorf("layer2: %w", e1)
	e3 := fmt.Errorf("layer3: %v", e2) // %v does not wrap
	fmt.Println(e2, errors.Is(e2, ErrNotFound), errors.Is(e3, ErrNotFound), errors.Unwrap(e3) == nil)
	fmt.Println(errors.Unwrap(errors.Unwrap(e2)) == ErrNotFound)
	fmt.Printf("%T %T %T\n", e1, e3, ErrNotFound)
	fmt.Println(fmt.Errorf("no verbs"), fmt.Errorf("%d%%", 50), fmt.Errorf("bad %w", "not an error"))

	_, err := strconv.Atoi("12x")
	fmt.Println(err)
	fmt.Println(errors.Unwrap(err), errors.Unwrap(err) == nil)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Printf("%v | %T\n", err, err)

	err = mayFail(false)
	fmt.Println(err == nil, err != nil)
	if pe, ok := err.(*PathError); ok {
		fmt.Println("typed nil inside:", pe == nil)
	}
	err = mayFail(true)
	fmt.Println(err)

	var errs []error
	for i := 0; i < 3; i++ {
		errs = append(errs, Code(i))
	}
	fmt.Println(errs, errs[1] == Code(1), errors.Is(errs[2], Code(2)))
	var target error = Code(7)
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, target), errors.Is(target, nil))
}
