// Package errors makes simple errors and inspects chains of wrapped
// errors: an error wraps another when it has a method Unwrap() error.
//
// Is and As need to ask about dynamic types (whether a value is
// comparable, whether it fits a pointer's element type); they do so
// through internal/reflectlite, whose functions minigo supplies.
package errors

import "internal/reflectlite"

// New returns an error whose Error method returns text. Each call returns
// a distinct error, even for equal texts.
func New(text string) error {
	return &errorString{text}
}

// errorString is the error New makes; it is a pointer so that two errors
// compare equal only if they are the same one.
type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// Unwrap returns the error err wraps, if err has an Unwrap method
// returning error; otherwise nil.
func Unwrap(err error) error {
	wrapper, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return wrapper.Unwrap()
}

// Is reports whether any error in err's chain (err, Unwrap(err), ...)
// matches target: equals it, or has a method Is(error) bool that says so.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	comparable := reflectlite.Comparable(target)
	for {
		if comparable && err == target {
			return true
		}
		if matcher, ok := err.(interface{ Is(error) bool }); ok && matcher.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// As finds the first error in err's chain that can be assigned to the
// value target points to, stores it there and returns true; an error with
// a method As(interface{}) bool may also claim the match. It panics if
// target is not a non-nil pointer to an interface type or to a type
// implementing error.
func As(err error, target interface{}) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	switch reflectlite.TargetKind(target) {
	case reflectlite.NotPointer:
		panic("errors: target must be a non-nil pointer")
	case reflectlite.ElemOther:
		panic("errors: *target must be interface or implement error")
	}
	for err != nil {
		if reflectlite.StoreIfAssignable(target, err) {
			return true
		}
		if claimer, ok := err.(interface{ As(interface{}) bool }); ok && claimer.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}
