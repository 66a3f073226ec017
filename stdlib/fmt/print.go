package fmt

import (
	"errors"
	"io"
	"os"
	"reflect"
	"sync"
	"unicode/utf8"
)

// The texts fmt writes in place of values.
const (
	nilAngle      = "<nil>"
	nilParen      = "(nil)"
	bangPrefix    = "%!"
	missingArg    = "(MISSING)"
	badIndex      = "(BADINDEX)"
	panicPrefix   = "(PANIC="
	extraPrefix   = "%!(EXTRA "
	badWidth      = "%!(BADWIDTH)"
	badPrecision  = "%!(BADPREC)"
	noVerb        = "%!(NOVERB)"
	invalidReflet = "<invalid reflect.Value>"
)

// State is what a Formatter's Format method is given: the flags and the
// destination of the custom formatting.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by a value that formats itself for every verb.
type Formatter interface {
	Format(f State, verb rune)
}

// Stringer is implemented by a value with a native format, used by %v
// (and by Print) and by the verbs that accept strings.
type Stringer interface {
	String() string
}

// GoStringer is implemented by a value with its own Go syntax, for %#v.
type GoStringer interface {
	GoString() string
}

// printer holds one call's output and the state of the verb being printed.
type printer struct {
	buf     []byte
	spec    spec
	scratch digitsBuffer
	// arg is the operand being printed (nil while walking with reflect);
	// value is the reflect.Value being printed (invalid otherwise).
	arg   any
	value reflect.Value
	// reordered: an explicit [n] index was used, so unused arguments are
	// not reported as EXTRA. goodIndex: the last [n] was in range.
	reordered bool
	goodIndex bool
	// panicking: a String/Error/Format method's panic is being printed (a
	// second one propagates). erroring: a %!verb(...) is being printed, so
	// methods are not called on its operand.
	panicking bool
	erroring  bool
	// Errorf's %w: wrapping allowed, and the error it found.
	wrapErrs   bool
	wrappedErr error
}

var printers = sync.Pool{New: func() any { return new(printer) }}

func newPrinter() *printer {
	p := printers.Get().(*printer)
	p.panicking = false
	p.erroring = false
	p.wrapErrs = false
	p.clearFlags()
	return p
}

// free returns p to the pool unless its buffer has grown large (kept, it
// would pin the memory of one big print forever).
func (p *printer) free() {
	if cap(p.buf) > 64<<10 {
		return
	}
	p.buf = p.buf[:0]
	p.arg = nil
	p.value = reflect.Value{}
	p.wrappedErr = nil
	printers.Put(p)
}

// The State methods, for Formatters.

func (p *printer) Width() (int, bool) { return p.spec.width, p.spec.hasWidth }

func (p *printer) Precision() (int, bool) { return p.spec.precision, p.spec.hasPrecision }

func (p *printer) Flag(c int) bool {
	switch c {
	case '-':
		return p.spec.minus
	case '+':
		return p.spec.plus || p.spec.plusV
	case '#':
		return p.spec.sharp || p.spec.sharpV
	case ' ':
		return p.spec.space
	case '0':
		return p.spec.zero
	}
	return false
}

func (p *printer) Write(b []byte) (int, error) {
	p.buf = append(p.buf, b...)
	return len(b), nil
}

func (p *printer) WriteString(s string) (int, error) {
	p.buf = append(p.buf, s...)
	return len(s), nil
}

// The entry points.

// Fprintf formats according to format and writes the text to w in one Write.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	p := newPrinter()
	p.printf(format, a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Printf formats according to format and writes the text to standard output.
func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Sprintf formats according to format and returns the text.
func Sprintf(format string, a ...any) string {
	p := newPrinter()
	p.printf(format, a)
	s := string(p.buf)
	p.free()
	return s
}

// Appendf formats according to format and appends the text to b.
func Appendf(b []byte, format string, a ...any) []byte {
	p := newPrinter()
	p.printf(format, a)
	b = append(b, p.buf...)
	p.free()
	return b
}

// Fprint formats its operands with %v, with spaces between operands when
// neither is a string, and writes the text to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.print(a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Print is Fprint to standard output.
func Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

// Sprint is Fprint into a string.
func Sprint(a ...any) string {
	p := newPrinter()
	p.print(a)
	s := string(p.buf)
	p.free()
	return s
}

// Append is Fprint appending to b.
func Append(b []byte, a ...any) []byte {
	p := newPrinter()
	p.print(a)
	b = append(b, p.buf...)
	p.free()
	return b
}

// Fprintln formats its operands with %v, spaces between them and a newline
// after, and writes the text to w.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.println(a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Println is Fprintln to standard output.
func Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

// Sprintln is Fprintln into a string.
func Sprintln(a ...any) string {
	p := newPrinter()
	p.println(a)
	s := string(p.buf)
	p.free()
	return s
}

// Appendln is Fprintln appending to b.
func Appendln(b []byte, a ...any) []byte {
	p := newPrinter()
	p.println(a)
	b = append(b, p.buf...)
	p.free()
	return b
}

// Errorf formats according to format and returns the text as an error. A
// %w verb whose operand is an error makes the result wrap it (Unwrap).
func Errorf(format string, a ...any) error {
	p := newPrinter()
	p.wrapErrs = true
	p.printf(format, a)
	s := string(p.buf)
	var err error
	if p.wrappedErr == nil {
		err = errors.New(s)
	} else {
		err = &wrapError{s, p.wrappedErr}
	}
	p.free()
	return err
}

// print is Print's layout: a space between two operands neither of which is
// a string.
func (p *printer) print(a []any) {
	previousString := false
	for i, arg := range a {
		isString := false
		if arg != nil {
			if _, ok := arg.(string); ok {
				isString = true
			} else if !isBasic(arg) {
				isString = reflect.TypeOf(arg).Kind() == reflect.String
			}
		}
		if i > 0 && !isString && !previousString {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
		previousString = isString
	}
}

// isBasic reports whether arg's dynamic type is one of the unnamed
// non-string basic types (which saves a reflect lookup in print).
func isBasic(arg any) bool {
	switch arg.(type) {
	case int, int64, int32, uint8, float64, bool, uint, uint64:
		return true
	}
	return false
}

func (p *printer) println(a []any) {
	for i, arg := range a {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
	}
	p.buf = append(p.buf, '\n')
}

// printArg prints one operand with verb: the basic types directly, others
// through their methods or reflect.
func (p *printer) printArg(arg any, verb rune) {
	p.arg = arg
	p.value = reflect.Value{}
	if arg == nil {
		if verb == 'T' || verb == 'v' {
			p.padString(nilAngle)
		} else {
			p.badVerb(verb)
		}
		return
	}
	switch verb {
	case 'T':
		p.layoutString(reflect.TypeOf(arg).String())
		return
	case 'p':
		p.printPointer(reflect.ValueOf(arg), 'p')
		return
	}
	switch v := arg.(type) {
	case int:
		p.printInteger(uint64(v), true, verb)
	case string:
		p.printString(v, verb)
	case float64:
		p.printFloat(v, 64, verb)
	case bool:
		p.printBool(v, verb)
	case int64:
		p.printInteger(uint64(v), true, verb)
	case uint8:
		p.printInteger(uint64(v), false, verb)
	case int32:
		p.printInteger(uint64(v), true, verb)
	case uint:
		p.printInteger(uint64(v), false, verb)
	case uint64:
		p.printInteger(v, false, verb)
	case []byte:
		p.printBytes(v, verb, "[]byte")
	case float32:
		p.printFloat(float64(v), 32, verb)
	case complex128:
		p.printComplex(v, 128, verb)
	case complex64:
		p.printComplex(complex128(v), 64, verb)
	case int8:
		p.printInteger(uint64(v), true, verb)
	case int16:
		p.printInteger(uint64(v), true, verb)
	case uint16:
		p.printInteger(uint64(v), false, verb)
	case uint32:
		p.printInteger(uint64(v), false, verb)
	case uintptr:
		p.printInteger(uint64(v), false, verb)
	case reflect.Value:
		// A Value operand prints as the value it holds.
		if v.IsValid() && v.CanInterface() {
			p.arg = v.Interface()
			if p.callMethods(verb) {
				return
			}
		}
		p.printValue(v, verb, 0)
	default:
		if !p.callMethods(verb) {
			p.printValue(reflect.ValueOf(v), verb, 0)
		}
	}
}

// layoutString is %s of a string: clipped to the precision, padded.
func (p *printer) layoutString(s string) {
	p.padString(p.clipString(s))
}

// badVerb writes %!verb(type=value) for a verb the operand does not take.
func (p *printer) badVerb(verb rune) {
	p.erroring = true
	p.buf = append(p.buf, bangPrefix...)
	p.buf = utf8.AppendRune(p.buf, verb)
	p.buf = append(p.buf, '(')
	switch {
	case p.arg != nil:
		p.buf = append(p.buf, reflect.TypeOf(p.arg).String()...)
		p.buf = append(p.buf, '=')
		p.printArg(p.arg, 'v')
	case p.value.IsValid():
		p.buf = append(p.buf, p.value.Type().String()...)
		p.buf = append(p.buf, '=')
		p.printValue(p.value, 'v', 0)
	default:
		p.buf = append(p.buf, nilAngle...)
	}
	p.buf = append(p.buf, ')')
	p.erroring = false
}

func (p *printer) printBool(v bool, verb rune) {
	if verb == 't' || verb == 'v' {
		p.layoutBool(v)
		return
	}
	p.badVerb(verb)
}

// printInteger prints u (a signed value's bits when signed) for verb.
func (p *printer) printInteger(u uint64, signed bool, verb rune) {
	switch verb {
	case 'v':
		if p.spec.sharpV && !signed {
			p.layoutHex0x(u, true)
		} else {
			p.layoutInteger(u, 10, signed, verb, lowerHex)
		}
	case 'd':
		p.layoutInteger(u, 10, signed, verb, lowerHex)
	case 'b':
		p.layoutInteger(u, 2, signed, verb, lowerHex)
	case 'o', 'O':
		p.layoutInteger(u, 8, signed, verb, lowerHex)
	case 'x':
		p.layoutInteger(u, 16, signed, verb, lowerHex)
	case 'X':
		p.layoutInteger(u, 16, signed, verb, upperHex)
	case 'c':
		p.layoutChar(u)
	case 'q':
		p.layoutQuotedChar(u)
	case 'U':
		p.layoutUnicode(u)
	default:
		p.badVerb(verb)
	}
}

// printFloat prints v of size bits: %v is the shortest %g, the verbs with a
// fixed default precision use 6.
func (p *printer) printFloat(v float64, size int, verb rune) {
	switch verb {
	case 'v':
		p.layoutFloat(v, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.layoutFloat(v, size, verb, -1)
	case 'f', 'e', 'E':
		p.layoutFloat(v, size, verb, 6)
	case 'F':
		p.layoutFloat(v, size, 'f', 6)
	default:
		p.badVerb(verb)
	}
}

// printComplex prints (re+imi): each part as a float, the imaginary one
// always signed.
func (p *printer) printComplex(v complex128, size int, verb rune) {
	switch verb {
	case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E':
		plus := p.spec.plus
		p.buf = append(p.buf, '(')
		p.printFloat(real(v), size/2, verb)
		p.spec.plus = true
		p.printFloat(imag(v), size/2, verb)
		p.buf = append(p.buf, "i)"...)
		p.spec.plus = plus
	default:
		p.badVerb(verb)
	}
}

func (p *printer) printString(v string, verb rune) {
	switch verb {
	case 'v':
		if p.spec.sharpV {
			p.layoutQuoted(v)
		} else {
			p.layoutString(v)
		}
	case 's':
		p.layoutString(v)
	case 'x':
		p.layoutHexString(v, nil, lowerHex)
	case 'X':
		p.layoutHexString(v, nil, upperHex)
	case 'q':
		p.layoutQuoted(v)
	default:
		p.badVerb(verb)
	}
}

// printBytes prints a byte slice or array (typeName for %#v): as numbers for
// %v and %d, as a string for %s %q %x %X.
func (p *printer) printBytes(v []byte, verb rune, typeName string) {
	switch verb {
	case 'v', 'd':
		if p.spec.sharpV {
			p.buf = append(p.buf, typeName...)
			if v == nil {
				p.buf = append(p.buf, nilParen...)
				return
			}
			p.buf = append(p.buf, '{')
			for i, c := range v {
				if i > 0 {
					p.buf = append(p.buf, ", "...)
				}
				p.layoutHex0x(uint64(c), true)
			}
			p.buf = append(p.buf, '}')
			return
		}
		p.buf = append(p.buf, '[')
		for i, c := range v {
			if i > 0 {
				p.buf = append(p.buf, ' ')
			}
			p.layoutInteger(uint64(c), 10, false, verb, lowerHex)
		}
		p.buf = append(p.buf, ']')
	case 's':
		p.pad(p.clipBytes(v))
	case 'x':
		p.layoutHexString("", v, lowerHex)
	case 'X':
		p.layoutHexString("", v, upperHex)
	case 'q':
		p.layoutQuoted(string(v))
	default:
		p.printValue(reflect.ValueOf(v), verb, 0)
	}
}

// printPointer prints a pointer-like value's address for verb.
func (p *printer) printPointer(value reflect.Value, verb rune) {
	var u uintptr
	switch value.Kind() {
	case reflect.Chan, reflect.Func, reflect.Map, reflect.Pointer, reflect.Slice, reflect.UnsafePointer:
		u = value.Pointer()
	default:
		p.badVerb(verb)
		return
	}
	switch verb {
	case 'v':
		if p.spec.sharpV {
			p.buf = append(p.buf, '(')
			p.buf = append(p.buf, value.Type().String()...)
			p.buf = append(p.buf, ")("...)
			if u == 0 {
				p.buf = append(p.buf, "nil"...)
			} else {
				p.layoutHex0x(uint64(u), true)
			}
			p.buf = append(p.buf, ')')
		} else if u == 0 {
			p.padString(nilAngle)
		} else {
			p.layoutHex0x(uint64(u), !p.spec.sharp)
		}
	case 'p':
		p.layoutHex0x(uint64(u), !p.spec.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.printInteger(uint64(u), false, verb)
	default:
		p.badVerb(verb)
	}
}

// recoverMethod is deferred around a call of the operand's method: a panic
// prints as %!verb(PANIC=Method method: value), or <nil> when the receiver
// is a nil pointer (a nil *T with a value-receiver String, say).
func (p *printer) recoverMethod(arg any, verb rune, method string) {
	err := recover()
	if err == nil {
		return
	}
	if v := reflect.ValueOf(arg); v.Kind() == reflect.Pointer && v.IsNil() {
		p.buf = append(p.buf, nilAngle...)
		return
	}
	if p.panicking {
		panic(err) // the panic value's own method panicked too
	}
	saved := p.spec
	p.clearFlags()
	p.buf = append(p.buf, bangPrefix...)
	p.buf = utf8.AppendRune(p.buf, verb)
	p.buf = append(p.buf, panicPrefix...)
	p.buf = append(p.buf, method...)
	p.buf = append(p.buf, " method: "...)
	p.panicking = true
	p.printArg(err, 'v')
	p.panicking = false
	p.buf = append(p.buf, ')')
	p.spec = saved
}

// callMethods prints p.arg through its Formatter, GoStringer, error or
// Stringer method where verb calls for one, and reports whether it did.
func (p *printer) callMethods(verb rune) bool {
	if p.erroring {
		return false
	}
	if verb == 'w' {
		err, isError := p.arg.(error)
		if !isError || !p.wrapErrs || p.wrappedErr != nil {
			p.wrappedErr = nil
			p.wrapErrs = false
			p.badVerb(verb)
			return true
		}
		p.wrappedErr = err
		verb = 'v' // a Formatter sees %w as %v
	}
	if formatter, ok := p.arg.(Formatter); ok {
		p.callFormat(formatter, verb)
		return true
	}
	if p.spec.sharpV {
		if stringer, ok := p.arg.(GoStringer); ok {
			p.callGoString(stringer, verb)
			return true
		}
		return false
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		switch v := p.arg.(type) {
		case error:
			p.callError(v, verb)
			return true
		case Stringer:
			p.callString(v, verb)
			return true
		}
	}
	return false
}

func (p *printer) callFormat(formatter Formatter, verb rune) {
	defer p.recoverMethod(p.arg, verb, "Format")
	formatter.Format(p, verb)
}

func (p *printer) callGoString(stringer GoStringer, verb rune) {
	defer p.recoverMethod(p.arg, verb, "GoString")
	p.layoutString(stringer.GoString())
}

func (p *printer) callError(err error, verb rune) {
	defer p.recoverMethod(p.arg, verb, "Error")
	p.printString(err.Error(), verb)
}

func (p *printer) callString(stringer Stringer, verb rune) {
	defer p.recoverMethod(p.arg, verb, "String")
	p.printString(stringer.String(), verb)
}

// printValue prints a value reached through reflect, depth levels below the
// operand: elements and fields get their methods called when they can be
// taken out as interfaces.
func (p *printer) printValue(value reflect.Value, verb rune, depth int) {
	if depth > 0 && value.IsValid() && value.CanInterface() {
		p.arg = value.Interface()
		if p.callMethods(verb) {
			return
		}
	}
	p.arg = nil
	p.value = value
	switch value.Kind() {
	case reflect.Invalid:
		if depth == 0 {
			p.buf = append(p.buf, invalidReflet...)
		} else if verb == 'v' {
			p.buf = append(p.buf, nilAngle...)
		} else {
			p.badVerb(verb)
		}
	case reflect.Bool:
		p.printBool(value.Bool(), verb)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		p.printInteger(uint64(value.Int()), true, verb)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		p.printInteger(value.Uint(), false, verb)
	case reflect.Float32:
		p.printFloat(value.Float(), 32, verb)
	case reflect.Float64:
		p.printFloat(value.Float(), 64, verb)
	case reflect.Complex64:
		p.printComplex(value.Complex(), 64, verb)
	case reflect.Complex128:
		p.printComplex(value.Complex(), 128, verb)
	case reflect.String:
		p.printString(value.String(), verb)
	case reflect.Map:
		p.printMap(value, verb, depth)
	case reflect.Struct:
		p.printStruct(value, verb, depth)
	case reflect.Interface:
		inner := value.Elem()
		if inner.IsValid() {
			p.printValue(inner, verb, depth+1)
		} else if p.spec.sharpV {
			p.buf = append(p.buf, value.Type().String()...)
			p.buf = append(p.buf, nilParen...)
		} else {
			p.buf = append(p.buf, nilAngle...)
		}
	case reflect.Array, reflect.Slice:
		p.printList(value, verb, depth)
	case reflect.Pointer:
		// At the top only, a pointer to a composite prints as &{...};
		// deeper, its address (which also keeps cycles finite).
		if depth == 0 && value.Pointer() != 0 {
			switch target := value.Elem(); target.Kind() {
			case reflect.Array, reflect.Slice, reflect.Struct, reflect.Map:
				p.buf = append(p.buf, '&')
				p.printValue(target, verb, depth+1)
				return
			}
		}
		p.printPointer(value, verb)
	case reflect.Chan, reflect.Func, reflect.UnsafePointer:
		p.printPointer(value, verb)
	default:
		p.buf = append(p.buf, '?')
		p.buf = append(p.buf, value.Type().String()...)
		p.buf = append(p.buf, '?')
	}
}

func (p *printer) printMap(value reflect.Value, verb rune, depth int) {
	if p.spec.sharpV {
		p.buf = append(p.buf, value.Type().String()...)
		if value.IsNil() {
			p.buf = append(p.buf, nilParen...)
			return
		}
		p.buf = append(p.buf, '{')
	} else {
		p.buf = append(p.buf, "map["...)
	}
	keys, values := sortedMap(value)
	for i := range keys {
		if i > 0 {
			if p.spec.sharpV {
				p.buf = append(p.buf, ", "...)
			} else {
				p.buf = append(p.buf, ' ')
			}
		}
		p.printValue(keys[i], verb, depth+1)
		p.buf = append(p.buf, ':')
		p.printValue(values[i], verb, depth+1)
	}
	if p.spec.sharpV {
		p.buf = append(p.buf, '}')
	} else {
		p.buf = append(p.buf, ']')
	}
}

func (p *printer) printStruct(value reflect.Value, verb rune, depth int) {
	if p.spec.sharpV {
		p.buf = append(p.buf, value.Type().String()...)
	}
	p.buf = append(p.buf, '{')
	t := value.Type()
	for i := 0; i < value.NumField(); i++ {
		if i > 0 {
			if p.spec.sharpV {
				p.buf = append(p.buf, ", "...)
			} else {
				p.buf = append(p.buf, ' ')
			}
		}
		if p.spec.plusV || p.spec.sharpV {
			if name := t.Field(i).Name; name != "" {
				p.buf = append(p.buf, name...)
				p.buf = append(p.buf, ':')
			}
		}
		field := value.Field(i)
		if field.Kind() == reflect.Interface && !field.IsNil() {
			field = field.Elem() // a field's dynamic value, as if it were the operand
		}
		p.printValue(field, verb, depth+1)
	}
	p.buf = append(p.buf, '}')
}

func (p *printer) printList(value reflect.Value, verb rune, depth int) {
	switch verb {
	case 's', 'q', 'x', 'X':
		// Byte slices and arrays of any byte type print as strings.
		t := value.Type()
		if t.Elem().Kind() == reflect.Uint8 {
			var bytes []byte
			if value.Kind() == reflect.Slice {
				bytes = value.Bytes()
			} else {
				bytes = make([]byte, value.Len())
				for i := range bytes {
					bytes[i] = byte(value.Index(i).Uint())
				}
			}
			p.printBytes(bytes, verb, t.String())
			return
		}
	}
	if p.spec.sharpV {
		p.buf = append(p.buf, value.Type().String()...)
		if value.Kind() == reflect.Slice && value.IsNil() {
			p.buf = append(p.buf, nilParen...)
			return
		}
		p.buf = append(p.buf, '{')
		for i := 0; i < value.Len(); i++ {
			if i > 0 {
				p.buf = append(p.buf, ", "...)
			}
			p.printValue(value.Index(i), verb, depth+1)
		}
		p.buf = append(p.buf, '}')
		return
	}
	p.buf = append(p.buf, '[')
	for i := 0; i < value.Len(); i++ {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.printValue(value.Index(i), verb, depth+1)
	}
	p.buf = append(p.buf, ']')
}

// The format string.

// tooLarge bounds widths and precisions, so a huge one is an error, not an
// allocation.
func tooLarge(n int) bool {
	return n > 1000000 || n < -1000000
}

// parseNumber reads the decimal number at s[start:end], returning it, whether
// there was one, and where it ends.
func parseNumber(s string, start, end int) (n int, found bool, next int) {
	next = start
	for next < end && '0' <= s[next] && s[next] <= '9' {
		if tooLarge(n) {
			return 0, false, end
		}
		n = n*10 + int(s[next]-'0')
		found = true
		next++
	}
	return
}

// intOperand reads a[i] as the value of a * width or precision.
func intOperand(a []any, i int) (n int, ok bool, next int) {
	next = i
	if i >= len(a) {
		return
	}
	next = i + 1
	n, ok = a[i].(int)
	if !ok {
		v := reflect.ValueOf(a[i])
		switch v.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			x := v.Int()
			if int64(int(x)) == x {
				n, ok = int(x), true
			}
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			x := v.Uint()
			if int64(x) >= 0 && uint64(int(x)) == x {
				n, ok = int(x), true
			}
		}
	}
	if tooLarge(n) {
		n, ok = 0, false
	}
	return
}

// argIndex reads an explicit [n] at format[i:], if any: the new argument
// number, the position after it, and whether one was there.
func (p *printer) argIndex(argNum int, format string, i int, count int) (int, int, bool) {
	if i >= len(format) || format[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	index, width, ok := parseIndex(format[i:])
	if ok && 0 <= index && index < count {
		return index, i + width, true
	}
	p.goodIndex = false
	return argNum, i + width, ok
}

// parseIndex reads "[n]" at the start of s: n-1, the length read, and
// whether it was well formed.
func parseIndex(s string) (index int, width int, ok bool) {
	if len(s) < 3 {
		return 0, 1, false
	}
	for i := 1; i < len(s); i++ {
		if s[i] == ']' {
			n, found, next := parseNumber(s, 1, i)
			if !found || next != i {
				return 0, i + 1, false
			}
			return n - 1, i + 1, true
		}
	}
	return 0, 1, false
}

// printf prints a as format says.
func (p *printer) printf(format string, a []any) {
	end := len(format)
	argNum := 0
	afterIndex := false
	p.reordered = false
	i := 0
	for i < end {
		p.goodIndex = true
		start := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > start {
			p.buf = append(p.buf, format[start:i]...)
		}
		if i >= end {
			break
		}
		i++ // the %
		p.clearFlags()
		simple := false
	flags:
		for ; i < end; i++ {
			c := format[i]
			switch c {
			case '#':
				p.spec.sharp = true
			case '0':
				p.spec.zero = !p.spec.minus // padding with zeros is on the left only
			case '+':
				p.spec.plus = true
			case '-':
				p.spec.minus = true
				p.spec.zero = false
			case ' ':
				p.spec.space = true
			default:
				// The common case: a lower-case verb right after the flags.
				if 'a' <= c && c <= 'z' && argNum < len(a) {
					if c == 'v' {
						p.moveFlagsToV()
					}
					p.printArg(a[argNum], rune(c))
					argNum++
					i++
					simple = true
				}
				break flags
			}
		}
		if simple {
			continue
		}
		argNum, i, afterIndex = p.argIndex(argNum, format, i, len(a))
		if i < end && format[i] == '*' {
			i++
			p.spec.width, p.spec.hasWidth, argNum = intOperand(a, argNum)
			if !p.spec.hasWidth {
				p.buf = append(p.buf, badWidth...)
			}
			if p.spec.width < 0 { // a negative * width means -
				p.spec.width = -p.spec.width
				p.spec.minus = true
				p.spec.zero = false
			}
			afterIndex = false
		} else {
			p.spec.width, p.spec.hasWidth, i = parseNumber(format, i, end)
			if afterIndex && p.spec.hasWidth { // %[3]2d
				p.goodIndex = false
			}
		}
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex { // %[3].2d
				p.goodIndex = false
			}
			argNum, i, afterIndex = p.argIndex(argNum, format, i, len(a))
			if i < end && format[i] == '*' {
				i++
				p.spec.precision, p.spec.hasPrecision, argNum = intOperand(a, argNum)
				if p.spec.precision < 0 {
					p.spec.precision = 0
					p.spec.hasPrecision = false
				}
				if !p.spec.hasPrecision {
					p.buf = append(p.buf, badPrecision...)
				}
				afterIndex = false
			} else {
				p.spec.precision, p.spec.hasPrecision, i = parseNumber(format, i, end)
				if !p.spec.hasPrecision { // "%.d" is precision 0
					p.spec.precision = 0
					p.spec.hasPrecision = true
				}
			}
		}
		if !afterIndex {
			argNum, i, afterIndex = p.argIndex(argNum, format, i, len(a))
		}
		if i >= end {
			p.buf = append(p.buf, noVerb...)
			break
		}
		verb, size := rune(format[i]), 1
		if verb >= utf8.RuneSelf {
			verb, size = utf8.DecodeRuneInString(format[i:])
		}
		i += size
		switch {
		case verb == '%': // takes no operand; flags and width are ignored
			p.buf = append(p.buf, '%')
		case !p.goodIndex:
			p.verbError(verb, badIndex)
		case argNum >= len(a):
			p.verbError(verb, missingArg)
		default:
			if verb == 'v' {
				p.moveFlagsToV()
			}
			p.printArg(a[argNum], verb)
			argNum++
		}
	}
	if !p.reordered && argNum < len(a) {
		p.printExtra(a[argNum:])
	}
}

// clearFlags resets the flags for the next verb. Like gc, it leaves the
// last width and precision in place (only hasWidth/hasPrecision say they
// are unset), which a Formatter calling Width or Precision can see.
func (p *printer) clearFlags() {
	p.spec = spec{width: p.spec.width, precision: p.spec.precision}
}

// moveFlagsToV turns # and + into %#v and %+v.
func (p *printer) moveFlagsToV() {
	p.spec.sharpV = p.spec.sharp
	p.spec.sharp = false
	p.spec.plusV = p.spec.plus
	p.spec.plus = false
}

// verbError writes %!verb(WHAT).
func (p *printer) verbError(verb rune, what string) {
	p.buf = append(p.buf, bangPrefix...)
	p.buf = utf8.AppendRune(p.buf, verb)
	p.buf = append(p.buf, what...)
}

// printExtra writes %!(EXTRA type=value, ...) for operands no verb used.
func (p *printer) printExtra(extra []any) {
	p.clearFlags()
	p.buf = append(p.buf, extraPrefix...)
	for i, arg := range extra {
		if i > 0 {
			p.buf = append(p.buf, ", "...)
		}
		if arg == nil {
			p.buf = append(p.buf, nilAngle...)
			continue
		}
		p.buf = append(p.buf, reflect.TypeOf(arg).String()...)
		p.buf = append(p.buf, '=')
		p.printArg(arg, 'v')
	}
	p.buf = append(p.buf, ')')
}
