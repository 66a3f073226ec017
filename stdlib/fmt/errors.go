package fmt

// wrapError is the error Errorf returns for a format with %w: its text, and
// the operand it wraps for errors.Unwrap, Is and As.
type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }
