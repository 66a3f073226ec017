package json

// Encoders made once per type: what Marshal decides about a type (its marshaler
// methods, its kind, a struct's fields with their names already escaped, the
// encoders of its elements) is decided the first time the type is met, into an
// encoderFunc kept in encoders; encoding a value is then a call of its type's
// func, with no lookup per value but at an interface (whose dynamic type is known
// only then).
//
// A recursive type (type T struct{ Next *T }) meets itself while its encoder is
// being made: the encoders made in one build share a table where each type being
// made has a forwarding func, which calls the finished encoder once the build is
// done. Builds are serialized by buildLock, so no one calls a forwarding func
// before its target is set.

import (
	"encoding/base64"
	"reflect"
	"strconv"
	"sync"
)

// encoderFunc writes v, a value of the type it was made for, to e.
type encoderFunc func(e *encodeState, v reflect.Value, quoted bool)

var (
	encodersLock sync.Mutex // guards encoders
	encoders     = map[reflect.Type]encoderFunc{}
	buildLock    sync.Mutex // one build at a time (see the file comment)
)

// typeEncoder returns t's encoder, making it (and those of the types it holds) if
// this is the first time.
func typeEncoder(t reflect.Type) encoderFunc {
	encodersLock.Lock()
	f, ok := encoders[t]
	encodersLock.Unlock()
	if ok {
		return f
	}
	buildLock.Lock()
	defer buildLock.Unlock()
	b := &encoderBuild{made: map[reflect.Type]encoderFunc{}}
	f = b.encoder(t)
	encodersLock.Lock()
	for t, f := range b.made {
		encoders[t] = f
	}
	encodersLock.Unlock()
	return f
}

// An encoderBuild makes the encoders of one type and of the types it holds.
type encoderBuild struct {
	made map[reflect.Type]encoderFunc // finished (or forwarding, while being made)
}

func (b *encoderBuild) encoder(t reflect.Type) encoderFunc {
	if f, ok := b.made[t]; ok {
		return f
	}
	encodersLock.Lock()
	f, ok := encoders[t]
	encodersLock.Unlock()
	if ok {
		return f
	}
	target := new(encoderFunc)
	b.made[t] = func(e *encodeState, v reflect.Value, quoted bool) { (*target)(e, v, quoted) }
	f = b.withMethods(t, b.kindEncoder(t))
	*target = f
	b.made[t] = f
	return f
}

// withMethods puts t's marshaler methods, if it has any, in front of the kind's
// encoder, in the order encodeState.value asked them before this cache: MarshalJSON
// of T, then of *T for an addressable value, then MarshalText likewise.
func (b *encoderBuild) withMethods(t reflect.Type, kind encoderFunc) encoderFunc {
	m := methodsOf(t)
	if !m.marshaler && !m.addrMarshaler && !m.textMarshaler && !m.addrTextMarshaler {
		return kind
	}
	return func(e *encodeState, v reflect.Value, quoted bool) {
		switch {
		case m.marshaler:
			e.marshaler(v)
		case m.addrMarshaler && v.CanAddr():
			e.marshaler(v.Addr())
		case m.textMarshaler:
			e.textMarshaler(v)
		case m.addrTextMarshaler && v.CanAddr():
			e.textMarshaler(v.Addr())
		default:
			kind(e, v, quoted)
		}
	}
}

func (b *encoderBuild) kindEncoder(t reflect.Type) encoderFunc {
	switch t.Kind() {
	case reflect.Bool:
		return encodeBool
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return encodeInt
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return encodeUint
	case reflect.Float32:
		return encodeFloat32
	case reflect.Float64:
		return encodeFloat64
	case reflect.String:
		if t == numberType {
			return (*encodeState).stringValue
		}
		return encodeString
	case reflect.Interface:
		return encodeInterface
	case reflect.Struct:
		return b.structEncoder(t)
	case reflect.Map:
		return b.mapEncoder(t)
	case reflect.Slice:
		return b.sliceEncoder(t)
	case reflect.Array:
		elem := b.encoder(t.Elem())
		return func(e *encodeState, v reflect.Value, _ bool) { e.arrayValue(v, elem) }
	case reflect.Pointer:
		elem := b.encoder(t.Elem())
		return func(e *encodeState, v reflect.Value, quoted bool) { e.pointerValue(v, quoted, elem) }
	}
	return func(e *encodeState, v reflect.Value, _ bool) { e.fail(&UnsupportedTypeError{v.Type()}) }
}

func encodeBool(e *encodeState, v reflect.Value, quoted bool) {
	e.quotedBytes(quoted, strconv.AppendBool(e.scratch[:0], v.Bool()))
}

func encodeInt(e *encodeState, v reflect.Value, quoted bool) {
	e.quotedBytes(quoted, strconv.AppendInt(e.scratch[:0], v.Int(), 10))
}

func encodeUint(e *encodeState, v reflect.Value, quoted bool) {
	e.quotedBytes(quoted, strconv.AppendUint(e.scratch[:0], v.Uint(), 10))
}

// encodeString writes a string that is not a json.Number (stringValue checks those).
func encodeString(e *encodeState, v reflect.Value, quoted bool) {
	if quoted {
		e.stringValue(v, quoted)
		return
	}
	e.writeString(v.String(), e.escapeHTML)
}

func encodeFloat32(e *encodeState, v reflect.Value, quoted bool) { e.float(v, 32, quoted) }

func encodeFloat64(e *encodeState, v reflect.Value, quoted bool) { e.float(v, 64, quoted) }

func encodeInterface(e *encodeState, v reflect.Value, quoted bool) {
	if v.IsNil() {
		e.WriteString("null")
		return
	}
	e.value(v.Elem(), quoted)
}

// A structField is a field as the struct's encoder writes it.
type structField struct {
	field
	key     string // `"name":` escaped as with SetEscapeHTML(false)
	keyHTML string // and as with escapeHTML
	encode  encoderFunc
}

func (b *encoderBuild) structEncoder(t reflect.Type) encoderFunc {
	fields := cachedTypeFields(t)
	prepared := make([]structField, len(fields))
	for i, f := range fields {
		prepared[i] = structField{field: f, key: escapedKey(f.name, false), keyHTML: escapedKey(f.name, true)}
	}
	// the fields' encoders (of the field's own type: field.typ drops a pointer) after the
	// keys: a field whose type holds t finds t's forwarding func
	for i := range prepared {
		prepared[i].encode = b.encoder(t.FieldByIndex(prepared[i].index).Type)
	}
	return func(e *encodeState, v reflect.Value, _ bool) { e.structValue(v, prepared) }
}

// escapedKey is name written as a JSON object key, with its colon.
func escapedKey(name string, escapeHTML bool) string {
	k := &encodeState{}
	k.writeString(name, escapeHTML)
	k.WriteByte(':')
	return k.String()
}

func (b *encoderBuild) mapEncoder(t reflect.Type) encoderFunc {
	kt := t.Key()
	switch kt.Kind() {
	case reflect.String, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
	default:
		if !kt.Implements(textMarshalerType) {
			// even a nil map of this type is unsupported, as in gc
			return func(e *encodeState, v reflect.Value, _ bool) { e.fail(&UnsupportedTypeError{v.Type()}) }
		}
	}
	elem := b.encoder(t.Elem())
	return func(e *encodeState, v reflect.Value, _ bool) { e.mapValue(v, elem) }
}

func (b *encoderBuild) sliceEncoder(t reflect.Type) encoderFunc {
	et := t.Elem()
	if m := methodsOf(et); et.Kind() == reflect.Uint8 && !m.addrMarshaler && !m.addrTextMarshaler {
		return encodeBytes
	}
	elem := b.encoder(et)
	return func(e *encodeState, v reflect.Value, _ bool) { e.sliceValue(v, elem) }
}

// encodeBytes writes a []byte (of elements without marshaler methods) in base64.
func encodeBytes(e *encodeState, v reflect.Value, _ bool) {
	if v.IsNil() {
		e.WriteString("null")
		return
	}
	e.WriteByte('"')
	e.WriteString(base64.StdEncoding.EncodeToString(v.Bytes()))
	e.WriteByte('"')
}
