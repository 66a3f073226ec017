// Package json implements encoding and decoding of JSON as defined in RFC 7159, with the
// behaviour, output and error messages of Go's own package.
package json

// The encoder walks values with reflect and decides what to do from each value as it meets
// it (gc decides once per type; the outcome is the same): a Marshaler or TextMarshaler first
// (through the value's address when the method has a pointer receiver and the value is
// addressable), else by kind. Errors unwind the walk as a panic of jsonError, which Marshal
// recovers and returns.

import (
	"bytes"
	"encoding"
	"errors"
	"math"
	"reflect"
	"sort"
	"strconv"
	"sync"
	"unicode/utf8"
)

// Marshaler is the interface implemented by types that can marshal themselves into valid JSON.
type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

// An UnsupportedTypeError is returned by Marshal when attempting to encode an unsupported
// value type.
type UnsupportedTypeError struct {
	Type reflect.Type
}

// Error returns the error's message, in gc's words.
func (e *UnsupportedTypeError) Error() string {
	return "json: unsupported type: " + e.Type.String()
}

// An UnsupportedValueError is returned by Marshal when attempting to encode an unsupported
// value.
type UnsupportedValueError struct {
	Value reflect.Value
	Str   string
}

// Error returns the error's message, in gc's words.
func (e *UnsupportedValueError) Error() string {
	return "json: unsupported value: " + e.Str
}

// An InvalidUTF8Error was returned by Marshal before Go 1.2; it is no longer used.
type InvalidUTF8Error struct {
	S string // the whole string value that caused the error
}

// Error returns the error's message, in gc's words.
func (e *InvalidUTF8Error) Error() string {
	return "json: invalid UTF-8 in string: " + strconv.Quote(e.S)
}

// A MarshalerError represents an error from calling a MarshalJSON or MarshalText method.
type MarshalerError struct {
	Type       reflect.Type
	Err        error
	sourceFunc string
}

// Error returns the error's message, in gc's words.
func (e *MarshalerError) Error() string {
	source := e.sourceFunc
	if source == "" {
		source = "MarshalJSON"
	}
	return "json: error calling " + source + " for type " + e.Type.String() + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *MarshalerError) Unwrap() error { return e.Err }

// Marshal returns the JSON encoding of v.
func Marshal(v any) ([]byte, error) {
	e := &encodeState{escapeHTML: true}
	if err := e.marshal(v); err != nil {
		return nil, err
	}
	return append([]byte(nil), e.Bytes()...), nil
}

// MarshalIndent is like Marshal but applies Indent to format the output.
func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	b, err := Marshal(v)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := Indent(&buf, b, prefix, indent); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

type encodeState struct {
	bytes.Buffer
	escapeHTML bool
	ptrLevel   int
	ptrSeen    map[any]bool
	scratch    [64]byte // numbers are formatted here before they are written
}

// jsonError carries an encoding error up the walk to marshal.
type jsonError struct{ error }

// Past this depth of pointers, maps and slices the encoder looks for cycles.
const cycleCheckDepth = 1000

func (e *encodeState) marshal(v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if je, ok := r.(jsonError); ok {
				err = je.error
			} else {
				panic(r)
			}
		}
	}()
	e.value(reflect.ValueOf(v), false)
	return nil
}

func (e *encodeState) fail(err error) {
	panic(jsonError{err})
}

var (
	marshalerType       = reflect.TypeOf((*Marshaler)(nil)).Elem()
	textMarshalerType   = reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem()
	unmarshalerType     = reflect.TypeOf((*Unmarshaler)(nil)).Elem()
	textUnmarshalerType = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()
	numberType          = reflect.TypeOf(Number(""))
)

// pointerImplements reports whether *t implements iface. A program that never names *t
// cannot have given it methods, so a missing *t (reflect panics) means no.
func pointerImplements(t, iface reflect.Type) (yes bool) {
	defer func() {
		if recover() != nil {
			yes = false
		}
	}()
	return reflect.PointerTo(t).Implements(iface)
}

// methodSet is what the encoder and decoder ask about a type's methods, asked once per type.
type methodSet struct {
	marshaler, addrMarshaler         bool // T, *T implement Marshaler
	textMarshaler, addrTextMarshaler bool // T, *T implement encoding.TextMarshaler
	addrMethods                      bool // *T has methods
}

var (
	methodCacheLock sync.Mutex
	methodCache     = map[reflect.Type]*methodSet{}
)

func methodsOf(t reflect.Type) *methodSet {
	methodCacheLock.Lock()
	m, ok := methodCache[t]
	methodCacheLock.Unlock()
	if ok {
		return m
	}
	m = &methodSet{
		marshaler:     t.Implements(marshalerType),
		textMarshaler: t.Implements(textMarshalerType),
	}
	if t.Kind() != reflect.Pointer {
		m.addrMarshaler = pointerImplements(t, marshalerType)
		m.addrTextMarshaler = pointerImplements(t, textMarshalerType)
		m.addrMethods = pointerHasMethods(t)
	}
	methodCacheLock.Lock()
	methodCache[t] = m
	methodCacheLock.Unlock()
	return m
}

// value writes v through its type's encoder (encoders.go).
func (e *encodeState) value(v reflect.Value, quoted bool) {
	if !v.IsValid() {
		e.WriteString("null")
		return
	}
	typeEncoder(v.Type())(e, v, quoted)
}

// quotedBytes is quotedIf for bytes (formatted in e.scratch).
func (e *encodeState) quotedBytes(quoted bool, b []byte) {
	if quoted {
		e.WriteByte('"')
	}
	e.Write(b)
	if quoted {
		e.WriteByte('"')
	}
}

func (e *encodeState) quotedIf(quoted bool, s string) {
	if quoted {
		e.WriteByte('"')
	}
	e.WriteString(s)
	if quoted {
		e.WriteByte('"')
	}
}

func (e *encodeState) marshaler(v reflect.Value) {
	if v.Kind() == reflect.Pointer && v.IsNil() {
		e.WriteString("null")
		return
	}
	m, ok := v.Interface().(Marshaler)
	if !ok {
		e.WriteString("null")
		return
	}
	b, err := m.MarshalJSON()
	if err == nil {
		err = compact(&e.Buffer, b, e.escapeHTML)
	}
	if err != nil {
		e.fail(&MarshalerError{v.Type(), err, "MarshalJSON"})
	}
}

func (e *encodeState) textMarshaler(v reflect.Value) {
	if v.Kind() == reflect.Pointer && v.IsNil() {
		e.WriteString("null")
		return
	}
	m, ok := v.Interface().(encoding.TextMarshaler)
	if !ok {
		e.WriteString("null")
		return
	}
	b, err := m.MarshalText()
	if err != nil {
		e.fail(&MarshalerError{v.Type(), err, "MarshalText"})
	}
	e.writeString(string(b), e.escapeHTML)
}

// float writes f as gc does: the shortest representation, in exponent form only for very
// small or very large magnitudes, with the exponent's leading zero dropped (1e-7, not 1e-07).
func (e *encodeState) float(v reflect.Value, bits int, quoted bool) {
	f := v.Float()
	if math.IsInf(f, 0) || math.IsNaN(f) {
		e.fail(&UnsupportedValueError{v, strconv.FormatFloat(f, 'g', -1, bits)})
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 {
		if bits == 64 && (abs < 1e-6 || abs >= 1e21) ||
			bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			format = 'e'
		}
	}
	b := strconv.AppendFloat(nil, f, format, -1, bits)
	if format == 'e' {
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	e.quotedIf(quoted, string(b))
}

func (e *encodeState) stringValue(v reflect.Value, quoted bool) {
	if v.Type() == numberType {
		s := v.String()
		if s == "" {
			s = "0" // a zero Number
		}
		if !isValidNumber(s) {
			e.fail(errors.New("json: invalid number literal " + strconv.Quote(s)))
		}
		e.quotedIf(quoted, s)
		return
	}
	if quoted {
		inner := &encodeState{}
		inner.writeString(v.String(), e.escapeHTML)
		e.writeString(inner.String(), false)
		return
	}
	e.writeString(v.String(), e.escapeHTML)
}

// safeByte reports whether ASCII byte c goes into a JSON string as it is.
func safeByte(c byte, escapeHTML bool) bool {
	if c < ' ' || c == '"' || c == '\\' {
		return false
	}
	return !escapeHTML || c != '<' && c != '>' && c != '&'
}

// writeString writes s as a JSON string: invalid UTF-8 becomes U+FFFD, and U+2028, U+2029
// are escaped so the output is also valid JavaScript.
func (e *encodeState) writeString(s string, escapeHTML bool) {
	e.WriteByte('"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if safeByte(c, escapeHTML) {
				i++
				continue
			}
			e.WriteString(s[start:i])
			switch c {
			case '\\', '"':
				e.WriteByte('\\')
				e.WriteByte(c)
			case '\n':
				e.WriteString(`\n`)
			case '\r':
				e.WriteString(`\r`)
			case '\t':
				e.WriteString(`\t`)
			default:
				writeByteEscape(&e.Buffer, c)
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			e.WriteString(s[start:i])
			e.WriteString(`\ufffd`)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			e.WriteString(s[start:i])
			e.WriteString(`\u202`)
			e.WriteByte(hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	e.WriteString(s[start:])
	e.WriteByte('"')
}

// structValue writes struct v's fields (its type's, prepared by structEncoder).
func (e *encodeState) structValue(v reflect.Value, fields []structField) {
	e.WriteByte('{')
	first := true
fields:
	for i := range fields {
		f := &fields[i]
		fv := v
		for _, i := range f.index {
			if fv.Kind() == reflect.Pointer {
				if fv.IsNil() {
					continue fields
				}
				fv = fv.Elem()
			}
			fv = fv.Field(i)
		}
		if f.omitEmpty && isEmptyValue(fv) {
			continue
		}
		if !first {
			e.WriteByte(',')
		}
		first = false
		if e.escapeHTML {
			e.WriteString(f.keyHTML)
		} else {
			e.WriteString(f.key)
		}
		f.encode(e, fv, f.quoted)
	}
	e.WriteByte('}')
}

func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	}
	return false
}

// enter counts one more level of pointer, map or slice, and past cycleCheckDepth fails if
// key (what identifies the level's memory) was already entered.
func (e *encodeState) enter(v reflect.Value, key any) {
	e.ptrLevel++
	if e.ptrLevel <= cycleCheckDepth {
		return
	}
	if e.ptrSeen == nil {
		e.ptrSeen = map[any]bool{}
	}
	if e.ptrSeen[key] {
		e.fail(&UnsupportedValueError{v, "encountered a cycle via " + v.Type().String()})
	}
	e.ptrSeen[key] = true
}

func (e *encodeState) leave(key any) {
	if e.ptrLevel > cycleCheckDepth {
		delete(e.ptrSeen, key)
	}
	e.ptrLevel--
}

type mapEntry struct {
	name  string
	value reflect.Value
}

// mapValue writes map v (its key type checked by mapEncoder), its values with elem.
func (e *encodeState) mapValue(v reflect.Value, elem encoderFunc) {
	if v.IsNil() {
		e.WriteString("null")
		return
	}
	key := v.Pointer()
	e.enter(v, key)
	entries := make([]mapEntry, 0, v.Len())
	it := v.MapRange()
	for it.Next() {
		name, err := mapKeyName(it.Key())
		if err != nil {
			e.fail(errors.New("json: encoding error for type " + strconv.Quote(v.Type().String()) + ": " + strconv.Quote(err.Error())))
		}
		entries = append(entries, mapEntry{name, it.Value()})
	}
	sortEntries(entries)
	e.WriteByte('{')
	for i, entry := range entries {
		if i > 0 {
			e.WriteByte(',')
		}
		e.writeString(entry.name, e.escapeHTML)
		e.WriteByte(':')
		elem(e, entry.value, false)
	}
	e.WriteByte('}')
	e.leave(key)
}

// sortEntries sorts a map's entries by name: most maps are small, and an insertion
// sort of a few entries costs less than sort.Slice's reflection.
func sortEntries(entries []mapEntry) {
	if len(entries) > 12 {
		sort.Slice(entries, func(i, j int) bool { return entries[i].name < entries[j].name })
		return
	}
	for i := 1; i < len(entries); i++ {
		for j := i; j > 0 && entries[j].name < entries[j-1].name; j-- {
			entries[j], entries[j-1] = entries[j-1], entries[j]
		}
	}
}

func mapKeyName(k reflect.Value) (string, error) {
	if k.Kind() == reflect.String {
		return k.String(), nil
	}
	if tm, ok := k.Interface().(encoding.TextMarshaler); ok {
		if k.Kind() == reflect.Pointer && k.IsNil() {
			return "", nil
		}
		b, err := tm.MarshalText()
		return string(b), err
	}
	switch k.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(k.Int(), 10), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(k.Uint(), 10), nil
	}
	panic("unexpected map key type")
}

// sliceKey identifies a slice's memory for cycle detection.
type sliceKey struct {
	ptr uintptr
	len int
}

// sliceValue writes slice v (not a []byte: encodeBytes), its elements with elem.
func (e *encodeState) sliceValue(v reflect.Value, elem encoderFunc) {
	if v.IsNil() {
		e.WriteString("null")
		return
	}
	key := sliceKey{v.Pointer(), v.Len()}
	e.enter(v, key)
	e.arrayValue(v, elem)
	e.leave(key)
}

func (e *encodeState) arrayValue(v reflect.Value, elem encoderFunc) {
	e.WriteByte('[')
	for i, n := 0, v.Len(); i < n; i++ {
		if i > 0 {
			e.WriteByte(',')
		}
		elem(e, v.Index(i), false)
	}
	e.WriteByte(']')
}

func (e *encodeState) pointerValue(v reflect.Value, quoted bool, elem encoderFunc) {
	if v.IsNil() {
		e.WriteString("null")
		return
	}
	key := v.Pointer()
	e.enter(v, key)
	elem(e, v.Elem(), quoted)
	e.leave(key)
}
