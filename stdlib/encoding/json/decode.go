package json

// Unmarshal first checks the whole input with the scanner (so a syntax error leaves v
// untouched), then decodeState parses the valid input by recursive descent, storing through
// reflect. A value of the wrong type does not stop decoding: the first such error is kept and
// returned at the end, as gc does. Offsets in errors are the positions gc reports: the end of
// a literal, one past the opening bracket of an array or object.

import (
	"bytes"
	"encoding"
	"encoding/base64"
	"errors"
	"reflect"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// Unmarshal parses the JSON-encoded data and stores the result in the value pointed to by v.
func Unmarshal(data []byte, v any) error {
	var d decodeState
	if err := checkValid(data, &d.scan); err != nil {
		return err
	}
	d.data = data
	return d.unmarshal(v)
}

// Unmarshaler is the interface implemented by types that can unmarshal a JSON description of
// themselves.
type Unmarshaler interface {
	UnmarshalJSON([]byte) error
}

// An UnmarshalTypeError describes a JSON value that was not appropriate for a value of a
// specific Go type.
type UnmarshalTypeError struct {
	Value  string       // description of JSON value - "bool", "array", "number -5"
	Type   reflect.Type // type of Go value it could not be assigned to
	Offset int64        // error occurred after reading Offset bytes
	Struct string       // name of the struct type containing the field
	Field  string       // the full path from root node to the field
}

// Error returns the error's message, in gc's words.
func (e *UnmarshalTypeError) Error() string {
	if e.Struct != "" || e.Field != "" {
		return "json: cannot unmarshal " + e.Value + " into Go struct field " + e.Struct + "." + e.Field + " of type " + e.Type.String()
	}
	return "json: cannot unmarshal " + e.Value + " into Go value of type " + e.Type.String()
}

// An UnmarshalFieldError describes a JSON object key that led to an unexported (and therefore
// unwritable) struct field. It is no longer used.
type UnmarshalFieldError struct {
	Key   string
	Type  reflect.Type
	Field reflect.StructField
}

// Error returns the error's message, in gc's words.
func (e *UnmarshalFieldError) Error() string {
	return "json: cannot unmarshal object key " + strconv.Quote(e.Key) + " into unexported field " + e.Field.Name + " of type " + e.Type.String()
}

// An InvalidUnmarshalError describes an invalid argument passed to Unmarshal. (The argument
// to Unmarshal must be a non-nil pointer.)
type InvalidUnmarshalError struct {
	Type reflect.Type
}

// Error returns the error's message, in gc's words.
func (e *InvalidUnmarshalError) Error() string {
	if e.Type == nil {
		return "json: Unmarshal(nil)"
	}
	if e.Type.Kind() != reflect.Pointer {
		return "json: Unmarshal(non-pointer " + e.Type.String() + ")"
	}
	return "json: Unmarshal(nil " + e.Type.String() + ")"
}

// A Number represents a JSON number literal.
type Number string

// String returns the literal text of the number.
func (n Number) String() string { return string(n) }

// Float64 returns the number as a float64.
func (n Number) Float64() (float64, error) {
	return strconv.ParseFloat(string(n), 64)
}

// Int64 returns the number as an int64.
func (n Number) Int64() (int64, error) {
	return strconv.ParseInt(string(n), 10, 64)
}

// RawMessage is a raw encoded JSON value. It implements Marshaler and Unmarshaler and can be
// used to delay JSON decoding or precompute a JSON encoding.
type RawMessage []byte

// MarshalJSON returns m as the JSON encoding of m.
func (m RawMessage) MarshalJSON() ([]byte, error) {
	if m == nil {
		return []byte("null"), nil
	}
	return m, nil
}

// UnmarshalJSON sets *m to a copy of data.
func (m *RawMessage) UnmarshalJSON(data []byte) error {
	if m == nil {
		return errors.New("json.RawMessage: UnmarshalJSON on nil pointer")
	}
	*m = append((*m)[0:0], data...)
	return nil
}

// isValidNumber reports whether s is a JSON number literal.
func isValidNumber(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == '-' {
		s = s[1:]
		if s == "" {
			return false
		}
	}
	switch {
	case s[0] == '0':
		s = s[1:]
	case '1' <= s[0] && s[0] <= '9':
		s = s[1:]
		for len(s) > 0 && isDigit(s[0]) {
			s = s[1:]
		}
	default:
		return false
	}
	if len(s) >= 2 && s[0] == '.' && isDigit(s[1]) {
		s = s[2:]
		for len(s) > 0 && isDigit(s[0]) {
			s = s[1:]
		}
	}
	if len(s) >= 2 && (s[0] == 'e' || s[0] == 'E') {
		s = s[1:]
		if s[0] == '+' || s[0] == '-' {
			s = s[1:]
			if s == "" {
				return false
			}
		}
		for len(s) > 0 && isDigit(s[0]) {
			s = s[1:]
		}
	}
	return s == ""
}

type decodeState struct {
	data                  []byte
	off                   int
	scan                  scanner
	savedError            error
	errorStruct           reflect.Type
	fieldStack            []string
	useNumber             bool
	disallowUnknownFields bool
}

func (d *decodeState) unmarshal(v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &InvalidUnmarshalError{reflect.TypeOf(v)}
	}
	d.skipSpace()
	if err := d.value(rv); err != nil {
		return d.addErrorContext(err)
	}
	return d.savedError
}

// saveError keeps the first error met while decoding goes on.
func (d *decodeState) saveError(err error) {
	if d.savedError == nil {
		d.savedError = d.addErrorContext(err)
	}
}

// addErrorContext names the struct field being decoded in an UnmarshalTypeError.
func (d *decodeState) addErrorContext(err error) error {
	if d.errorStruct != nil || len(d.fieldStack) > 0 {
		if ute, ok := err.(*UnmarshalTypeError); ok {
			ute.Struct = d.errorStruct.Name()
			ute.Field = joinPath(d.fieldStack)
		}
	}
	return err
}

func joinPath(names []string) string {
	var b bytes.Buffer
	for i, n := range names {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(n)
	}
	return b.String()
}

func (d *decodeState) skipSpace() {
	for d.off < len(d.data) && isSpace(d.data[d.off]) {
		d.off++
	}
}

// literalEnd returns the end of the literal (string, number, true, false, null) at i.
func (d *decodeState) literalEnd(i int) int {
	data := d.data
	if data[i] == '"' {
		for i++; data[i] != '"'; i++ {
			if data[i] == '\\' {
				i++
			}
		}
		return i + 1
	}
	for i < len(data) && (data[i] == '-' || data[i] == '+' || data[i] == '.' || isDigit(data[i]) || 'a' <= data[i] && data[i] <= 'z' || data[i] == 'E') {
		i++
	}
	return i
}

// skipValue moves past the value at d.off.
func (d *decodeState) skipValue() {
	c := d.data[d.off]
	if c != '[' && c != '{' {
		d.off = d.literalEnd(d.off)
		return
	}
	depth := 0
	for {
		switch d.data[d.off] {
		case '"':
			d.off = d.literalEnd(d.off)
			continue
		case '[', '{':
			depth++
		case ']', '}':
			depth--
		}
		d.off++
		if depth == 0 {
			return
		}
	}
}

// next steps past the separator that follows an element and reports whether the container
// goes on.
func (d *decodeState) next(closer byte) bool {
	d.skipSpace()
	if d.data[d.off] == closer {
		d.off++
		return false
	}
	d.off++ // the comma
	d.skipSpace()
	return true
}

// value decodes the value at d.off into v; an invalid v discards it.
func (d *decodeState) value(v reflect.Value) error {
	d.skipSpace()
	if !v.IsValid() {
		d.skipValue()
		return nil
	}
	switch d.data[d.off] {
	case '[':
		return d.array(v)
	case '{':
		return d.object(v)
	}
	start := d.off
	d.off = d.literalEnd(start)
	return d.literalStore(d.data[start:d.off], v, false, d.off)
}

// indirect walks down v through pointers (allocating nil ones) and non-nil interfaces holding
// pointers, stopping at an Unmarshaler or, unless a null is decoded, a TextUnmarshaler.
func indirect(v reflect.Value, decodingNull bool) (Unmarshaler, encoding.TextUnmarshaler, reflect.Value) {
	v0 := v
	haveAddr := false
	if v.Kind() != reflect.Pointer && v.Type().Name() != "" && v.CanAddr() && methodsOf(v.Type()).addrMethods {
		haveAddr = true
		v = v.Addr()
	}
	for {
		if v.Kind() == reflect.Interface && !v.IsNil() {
			e := v.Elem()
			if e.Kind() == reflect.Pointer && !e.IsNil() && (!decodingNull || e.Elem().Kind() == reflect.Pointer) {
				haveAddr = false
				v = e
				continue
			}
		}
		if v.Kind() != reflect.Pointer {
			break
		}
		if decodingNull && v.CanSet() {
			break
		}
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		if v.Type().NumMethod() > 0 && v.CanInterface() {
			if u, ok := v.Interface().(Unmarshaler); ok {
				return u, nil, reflect.Value{}
			}
			if !decodingNull {
				if u, ok := v.Interface().(encoding.TextUnmarshaler); ok {
					return nil, u, reflect.Value{}
				}
			}
		}
		if haveAddr {
			v = v0
			haveAddr = false
		} else {
			v = v.Elem()
		}
	}
	return nil, nil, v
}

// pointerHasMethods reports whether *t exists and has methods; taking the address of a value
// only matters then.
func pointerHasMethods(t reflect.Type) (yes bool) {
	defer func() {
		if recover() != nil {
			yes = false
		}
	}()
	return reflect.PointerTo(t).NumMethod() > 0
}

func (d *decodeState) array(v reflect.Value) error {
	start := d.off
	u, ut, pv := indirect(v, false)
	if u != nil {
		d.skipValue()
		return u.UnmarshalJSON(d.data[start:d.off])
	}
	if ut != nil {
		d.saveError(&UnmarshalTypeError{Value: "array", Type: v.Type(), Offset: int64(start + 1)})
		d.skipValue()
		return nil
	}
	v = pv
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
	case reflect.Interface:
		if v.NumMethod() == 0 {
			v.Set(reflect.ValueOf(d.arrayInterface()))
			return nil
		}
		fallthrough
	default:
		d.saveError(&UnmarshalTypeError{Value: "array", Type: v.Type(), Offset: int64(start + 1)})
		d.skipValue()
		return nil
	}
	d.off++
	d.skipSpace()
	i := 0
	more := d.data[d.off] != ']'
	if !more {
		d.off++
	}
	for more {
		if v.Kind() == reflect.Slice {
			if i >= v.Cap() {
				newcap := v.Cap() + v.Cap()/2
				if newcap < 4 {
					newcap = 4
				}
				grown := reflect.MakeSlice(v.Type(), v.Len(), newcap)
				reflect.Copy(grown, v)
				v.Set(grown)
			}
			if i >= v.Len() {
				v.SetLen(i + 1)
			}
		}
		var err error
		if i < v.Len() {
			err = d.value(v.Index(i))
		} else {
			err = d.value(reflect.Value{})
		}
		if err != nil {
			return err
		}
		i++
		more = d.next(']')
	}
	if i < v.Len() {
		if v.Kind() == reflect.Array {
			zero := reflect.Zero(v.Type().Elem())
			for ; i < v.Len(); i++ {
				v.Index(i).Set(zero)
			}
		} else {
			v.SetLen(i)
		}
	}
	if i == 0 && v.Kind() == reflect.Slice {
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	}
	return nil
}

func (d *decodeState) object(v reflect.Value) error {
	start := d.off
	u, ut, pv := indirect(v, false)
	if u != nil {
		d.skipValue()
		return u.UnmarshalJSON(d.data[start:d.off])
	}
	if ut != nil {
		d.saveError(&UnmarshalTypeError{Value: "object", Type: v.Type(), Offset: int64(start + 1)})
		d.skipValue()
		return nil
	}
	v = pv
	t := v.Type()
	if v.Kind() == reflect.Interface && v.NumMethod() == 0 {
		v.Set(reflect.ValueOf(d.objectInterface()))
		return nil
	}
	var fields []field
	switch v.Kind() {
	case reflect.Map:
		if !isIntegerKind(t.Key().Kind()) && t.Key().Kind() != reflect.String && !pointerImplements(t.Key(), textUnmarshalerType) {
			d.saveError(&UnmarshalTypeError{Value: "object", Type: t, Offset: int64(start + 1)})
			d.skipValue()
			return nil
		}
		if v.IsNil() {
			v.Set(reflect.MakeMap(t))
		}
	case reflect.Struct:
		fields = cachedTypeFields(t)
	default:
		d.saveError(&UnmarshalTypeError{Value: "object", Type: t, Offset: int64(start + 1)})
		d.skipValue()
		return nil
	}
	var mapElem reflect.Value
	outerDepth := len(d.fieldStack)
	outerStruct := d.errorStruct
	d.off++
	d.skipSpace()
	more := d.data[d.off] != '}'
	if !more {
		d.off++
	}
	for more {
		keyStart := d.off
		d.off = d.literalEnd(keyStart)
		item := d.data[keyStart:d.off]
		key, _ := unquoteBytes(item)
		var subv reflect.Value
		destring := false
		if v.Kind() == reflect.Map {
			if !mapElem.IsValid() {
				mapElem = reflect.New(t.Elem()).Elem()
			} else {
				mapElem.Set(reflect.Zero(t.Elem()))
			}
			subv = mapElem
		} else if f := findField(fields, key); f != nil {
			subv, destring = d.fieldValue(v, f)
			d.fieldStack = append(d.fieldStack, f.name)
			d.errorStruct = t
		} else if d.disallowUnknownFields {
			d.saveError(errors.New("json: unknown field " + strconv.Quote(string(key))))
		}
		d.skipSpace()
		d.off++ // the colon
		d.skipSpace()
		if destring {
			if err := d.quotedValue(subv); err != nil {
				return err
			}
		} else if err := d.value(subv); err != nil {
			return err
		}
		if v.Kind() == reflect.Map {
			if err := d.storeMapEntry(v, item, key, keyStart, subv); err != nil {
				return err
			}
		}
		d.fieldStack = d.fieldStack[:outerDepth]
		d.errorStruct = outerStruct
		more = d.next('}')
	}
	return nil
}

func isIntegerKind(k reflect.Kind) bool {
	return k >= reflect.Int && k <= reflect.Uintptr
}

// findField finds the field named key exactly or, failing that, ignoring case.
func findField(fields []field, key []byte) *field {
	for i := range fields {
		if fields[i].name == string(key) {
			return &fields[i]
		}
	}
	for i := range fields {
		if bytes.EqualFold([]byte(fields[i].name), key) {
			return &fields[i]
		}
	}
	return nil
}

// fieldValue finds f in struct v, allocating embedded pointers on the way.
func (d *decodeState) fieldValue(v reflect.Value, f *field) (reflect.Value, bool) {
	subv := v
	for _, i := range f.index {
		if subv.Kind() == reflect.Pointer {
			if subv.IsNil() {
				if !subv.CanSet() {
					d.saveError(errors.New("json: cannot set embedded pointer to unexported struct: " + subv.Type().Elem().String()))
					return reflect.Value{}, false
				}
				subv.Set(reflect.New(subv.Type().Elem()))
			}
			subv = subv.Elem()
		}
		subv = subv.Field(i)
	}
	return subv, f.quoted
}

// quotedValue decodes a field tagged ",string": its value is a JSON string holding a literal.
func (d *decodeState) quotedValue(subv reflect.Value) error {
	c := d.data[d.off]
	if c == '[' || c == '{' {
		d.skipValue()
		d.saveError(errors.New("json: invalid use of ,string struct tag, trying to unmarshal unquoted value into " + subv.Type().String()))
		return nil
	}
	start := d.off
	d.off = d.literalEnd(start)
	switch qv := d.literalInterface(d.data[start:d.off], d.off).(type) {
	case nil:
		return d.literalStore([]byte("null"), subv, false, d.off)
	case string:
		return d.literalStore([]byte(qv), subv, true, d.off)
	}
	d.saveError(errors.New("json: invalid use of ,string struct tag, trying to unmarshal unquoted value into " + subv.Type().String()))
	return nil
}

func (d *decodeState) storeMapEntry(v reflect.Value, item, key []byte, keyStart int, elem reflect.Value) error {
	kt := v.Type().Key()
	var kv reflect.Value
	switch {
	case pointerImplements(kt, textUnmarshalerType):
		kv = reflect.New(kt)
		if err := d.literalStore(item, kv, true, d.off); err != nil {
			return err
		}
		kv = kv.Elem()
	case kt.Kind() == reflect.String:
		kv = reflect.ValueOf(string(key)).Convert(kt)
	default:
		s := string(key)
		kv = reflect.New(kt).Elem()
		if kt.Kind() <= reflect.Int64 {
			n, err := strconv.ParseInt(s, 10, 64)
			if err != nil || kv.OverflowInt(n) {
				d.saveError(&UnmarshalTypeError{Value: "number " + s, Type: kt, Offset: int64(keyStart + 1)})
				return nil
			}
			kv.SetInt(n)
		} else {
			n, err := strconv.ParseUint(s, 10, 64)
			if err != nil || kv.OverflowUint(n) {
				d.saveError(&UnmarshalTypeError{Value: "number " + s, Type: kt, Offset: int64(keyStart + 1)})
				return nil
			}
			kv.SetUint(n)
		}
	}
	if kv.IsValid() {
		v.SetMapIndex(kv, elem)
	}
	return nil
}

func invalidStringTag(item []byte, t reflect.Type) error {
	return errors.New("json: invalid use of ,string struct tag, trying to unmarshal " + strconv.Quote(string(item)) + " into " + t.String())
}

// literalStore stores the literal item into v; end is where item ends in the input.
// fromQuoted says item came from inside a ",string" field's string.
func (d *decodeState) literalStore(item []byte, v reflect.Value, fromQuoted bool, end int) error {
	if len(item) == 0 {
		d.saveError(invalidStringTag(item, v.Type()))
		return nil
	}
	isNull := item[0] == 'n'
	u, ut, pv := indirect(v, isNull)
	if u != nil {
		return u.UnmarshalJSON(item)
	}
	if ut != nil {
		if item[0] != '"' {
			if fromQuoted {
				d.saveError(invalidStringTag(item, v.Type()))
				return nil
			}
			what := "number"
			switch item[0] {
			case 'n':
				what = "null"
			case 't', 'f':
				what = "bool"
			}
			d.saveError(&UnmarshalTypeError{Value: what, Type: v.Type(), Offset: int64(end)})
			return nil
		}
		s, ok := unquoteBytes(item)
		if !ok {
			return invalidStringTag(item, v.Type())
		}
		return ut.UnmarshalText(s)
	}
	v = pv
	switch c := item[0]; c {
	case 'n':
		if fromQuoted && string(item) != "null" {
			d.saveError(invalidStringTag(item, v.Type()))
			break
		}
		switch v.Kind() {
		case reflect.Interface, reflect.Pointer, reflect.Map, reflect.Slice:
			v.Set(reflect.Zero(v.Type()))
		}
	case 't', 'f':
		value := c == 't'
		if fromQuoted && string(item) != "true" && string(item) != "false" {
			d.saveError(invalidStringTag(item, v.Type()))
			break
		}
		switch {
		case v.Kind() == reflect.Bool:
			v.SetBool(value)
		case v.Kind() == reflect.Interface && v.NumMethod() == 0:
			v.Set(reflect.ValueOf(value))
		case fromQuoted && v.Kind() != reflect.Interface:
			return invalidStringTag(item, v.Type())
		default:
			d.saveError(&UnmarshalTypeError{Value: "bool", Type: v.Type(), Offset: int64(end)})
		}
	case '"':
		s, ok := unquoteBytes(item)
		if !ok {
			return invalidStringTag(item, v.Type())
		}
		return d.storeString(item, s, v, end)
	default:
		if c != '-' && !isDigit(c) {
			return invalidStringTag(item, v.Type())
		}
		return d.storeNumber(item, v, fromQuoted, end)
	}
	return nil
}

func (d *decodeState) storeString(item, s []byte, v reflect.Value, end int) error {
	switch v.Kind() {
	case reflect.Slice:
		if v.Type().Elem().Kind() != reflect.Uint8 {
			break
		}
		b := make([]byte, base64.StdEncoding.DecodedLen(len(s)))
		n, err := base64.StdEncoding.Decode(b, s)
		if err != nil {
			d.saveError(err)
			return nil
		}
		v.SetBytes(b[:n])
		return nil
	case reflect.String:
		if v.Type() == numberType && !isValidNumber(string(s)) {
			return errors.New("json: invalid number literal, trying to unmarshal " + strconv.Quote(string(item)) + " into Number")
		}
		v.SetString(string(s))
		return nil
	case reflect.Interface:
		if v.NumMethod() == 0 {
			v.Set(reflect.ValueOf(string(s)))
			return nil
		}
	}
	d.saveError(&UnmarshalTypeError{Value: "string", Type: v.Type(), Offset: int64(end)})
	return nil
}

func (d *decodeState) storeNumber(item []byte, v reflect.Value, fromQuoted bool, end int) error {
	s := string(item)
	switch v.Kind() {
	case reflect.Interface:
		n, err := d.convertNumber(s, end)
		if err != nil {
			d.saveError(err)
			return nil
		}
		if v.NumMethod() != 0 {
			d.saveError(&UnmarshalTypeError{Value: "number", Type: v.Type(), Offset: int64(end)})
			return nil
		}
		v.Set(reflect.ValueOf(n))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || v.OverflowInt(n) {
			d.saveError(&UnmarshalTypeError{Value: "number " + s, Type: v.Type(), Offset: int64(end)})
			return nil
		}
		v.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil || v.OverflowUint(n) {
			d.saveError(&UnmarshalTypeError{Value: "number " + s, Type: v.Type(), Offset: int64(end)})
			return nil
		}
		v.SetUint(n)
	case reflect.Float32, reflect.Float64:
		n, err := strconv.ParseFloat(s, v.Type().Bits())
		if err != nil || v.OverflowFloat(n) {
			d.saveError(&UnmarshalTypeError{Value: "number " + s, Type: v.Type(), Offset: int64(end)})
			return nil
		}
		v.SetFloat(n)
	default:
		if v.Kind() == reflect.String && v.Type() == numberType {
			v.SetString(s)
			return nil
		}
		if fromQuoted {
			return invalidStringTag(item, v.Type())
		}
		d.saveError(&UnmarshalTypeError{Value: "number", Type: v.Type(), Offset: int64(end)})
	}
	return nil
}

// convertNumber makes a number for an interface{}: a float64, or a Number under UseNumber.
func (d *decodeState) convertNumber(s string, end int) (any, error) {
	if d.useNumber {
		return Number(s), nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil, &UnmarshalTypeError{Value: "number " + s, Type: reflect.TypeOf(0.0), Offset: int64(end + 1)}
	}
	return f, nil
}

// valueInterface decodes the value at d.off as an interface{}.
func (d *decodeState) valueInterface() any {
	d.skipSpace()
	switch d.data[d.off] {
	case '[':
		return d.arrayInterface()
	case '{':
		return d.objectInterface()
	}
	start := d.off
	d.off = d.literalEnd(start)
	return d.literalInterface(d.data[start:d.off], d.off)
}

func (d *decodeState) arrayInterface() []any {
	v := make([]any, 0)
	d.off++
	d.skipSpace()
	if d.data[d.off] == ']' {
		d.off++
		return v
	}
	for more := true; more; more = d.next(']') {
		v = append(v, d.valueInterface())
	}
	return v
}

func (d *decodeState) objectInterface() map[string]any {
	m := make(map[string]any)
	d.off++
	d.skipSpace()
	if d.data[d.off] == '}' {
		d.off++
		return m
	}
	for more := true; more; more = d.next('}') {
		start := d.off
		d.off = d.literalEnd(start)
		key, _ := unquoteBytes(d.data[start:d.off])
		d.skipSpace()
		d.off++ // the colon
		m[string(key)] = d.valueInterface()
	}
	return m
}

func (d *decodeState) literalInterface(item []byte, end int) any {
	switch item[0] {
	case 'n':
		return nil
	case 't', 'f':
		return item[0] == 't'
	case '"':
		s, _ := unquoteBytes(item)
		return string(s)
	}
	n, err := d.convertNumber(string(item), end)
	if err != nil {
		d.saveError(err)
	}
	return n
}

// getu4 decodes the four hex digits of \uXXXX at the start of s, or returns -1.
func getu4(s []byte) rune {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return -1
	}
	var r rune
	for _, c := range s[2:6] {
		switch {
		case '0' <= c && c <= '9':
			c = c - '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}

// unquoteBytes decodes the JSON string literal s; bad UTF-8 and lone surrogates become U+FFFD.
func unquoteBytes(s []byte) ([]byte, bool) {
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return nil, false
	}
	s = s[1 : len(s)-1]
	out := make([]byte, 0, len(s))
	for r := 0; r < len(s); {
		c := s[r]
		switch {
		case c == '\\':
			if r+1 >= len(s) {
				return nil, false
			}
			switch e := s[r+1]; e {
			case '"', '\\', '/', '\'':
				out = append(out, e)
				r += 2
			case 'b':
				out = append(out, '\b')
				r += 2
			case 'f':
				out = append(out, '\f')
				r += 2
			case 'n':
				out = append(out, '\n')
				r += 2
			case 'r':
				out = append(out, '\r')
				r += 2
			case 't':
				out = append(out, '\t')
				r += 2
			case 'u':
				rr := getu4(s[r:])
				if rr < 0 {
					return nil, false
				}
				r += 6
				if utf16.IsSurrogate(rr) {
					if dec := utf16.DecodeRune(rr, getu4(s[r:])); dec != utf8.RuneError {
						r += 6
						out = utf8.AppendRune(out, dec)
						break
					}
					rr = utf8.RuneError
				}
				out = utf8.AppendRune(out, rr)
			default:
				return nil, false
			}
		case c == '"' || c < ' ':
			return nil, false
		case c < utf8.RuneSelf:
			out = append(out, c)
			r++
		default:
			rr, size := utf8.DecodeRune(s[r:])
			r += size
			out = utf8.AppendRune(out, rr)
		}
	}
	return out, true
}
