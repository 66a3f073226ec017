package reflect

import "math"

// flag says how a Value was reached.
type flag int

const (
	// flagAddr: the value lives in memory the program may change (Elem of a
	// pointer, a field or element of such a value): CanAddr.
	flagAddr flag = 1 << iota
	// flagStickyRO: reached through an unexported struct field.
	flagStickyRO
	// flagEmbedRO: an unexported embedded field; as in gc, its exported
	// fields (Field) may be set, so encoding/json can fill promoted fields.
	flagEmbedRO
	// flagRO: either kind of read-only.
	flagRO = flagStickyRO | flagEmbedRO
)

// ro is v's read-only state for a value derived from it other than by
// Field or through a pointer: a read-only embedded field's elements stay
// read-only whatever they are.
func (f flag) ro() flag {
	if f&flagRO != 0 {
		return flagStickyRO
	}
	return 0
}

// Value is the reflection interface to a Go value. ptr always holds the
// address of the value (a copy for values that are not addressable).
type Value struct {
	typ  *rtype
	ptr  *byte
	flag flag
	// bound is set for a method value (Value.Method): typ is the method's
	// func type, the call goes to the method of bound.recv.
	bound *boundMethod
}

// A ValueError occurs when a Value method is called on a Value that does
// not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

// Error returns gc's text: "reflect: call of METHOD on KIND Value".
func (e *ValueError) Error() string {
	if e.Kind == Invalid {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

var (
	uint8Type = typeWord(uint8(0))
	int32Type = typeWord(int32(0))
)

// ValueOf returns a Value holding the value in i; the zero Value for nil.
func ValueOf(i interface{}) Value {
	t := typeWord(i)
	if t == nil {
		return Value{}
	}
	if t.pointerShaped() {
		box := new(*byte)
		*box = dataWord(i)
		return Value{typ: t, ptr: pointerWord(box)}
	}
	return Value{typ: t, ptr: dataWord(i)}
}

// Zero returns a Value holding the zero value of typ.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	return Value{typ: t, ptr: unsafeNew(t, 1)}
}

// New returns a Value holding a pointer to a new zero value of typ.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common()
	return pointerValue(t, unsafeNew(t, 1))
}

// pointerValue is a Value of type *t holding p.
func pointerValue(t *rtype, p *byte) Value {
	box := new(*byte)
	*box = p
	return Value{typ: pointerType(t), ptr: pointerWord(box)}
}

// Indirect returns the value v points to (the zero Value for a nil pointer),
// or v itself if v is not a pointer.
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

func (v Value) mustBe(k Kind, method string) {
	if v.Kind() != k {
		panic(&ValueError{"reflect.Value." + method, v.Kind()})
	}
}

func (v Value) fail(method string) {
	panic(&ValueError{"reflect.Value." + method, v.Kind()})
}

// mustBeAssignable panics unless v may be changed.
func (v Value) mustBeAssignable(method string) {
	if v.typ == nil {
		v.fail(method)
	}
	if v.flag&flagRO != 0 {
		panic("reflect: reflect.Value." + method + " using value obtained using unexported field")
	}
	if v.flag&flagAddr == 0 {
		panic("reflect: reflect.Value." + method + " using unaddressable value")
	}
}

func (v Value) mustBeExported(method string) {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value." + method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: reflect.Value." + method + " using value obtained using unexported field")
	}
}

// Kind returns v's Kind, Invalid for the zero Value.
func (v Value) Kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	return v.typ.Kind()
}

// Type returns v's type.
func (v Value) Type() Type {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return v.typ
}

// IsValid reports whether v holds a value.
func (v Value) IsValid() bool { return v.typ != nil }

// CanAddr reports whether v's address can be taken with Addr.
func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

// CanSet reports whether v can be changed.
func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

// CanInterface reports whether Interface can be called without panicking.
func (v Value) CanInterface() bool {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// Addr returns a pointer to v, which must be addressable.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	p := pointerValue(v.typ, v.ptr)
	p.flag = v.flag & flagRO
	return p
}

// Pointer returns v's value as a uintptr: a pointer, map, channel, func,
// unsafe.Pointer or the first element of a slice.
func (v Value) Pointer() uintptr {
	switch v.Kind() {
	case Pointer, Map, Chan, Func, UnsafePointer, Slice:
		return uintptr(*asUint64(v.ptr))
	}
	panic(&ValueError{"reflect.Value.Pointer", v.Kind()})
}

// Scalars

// Bool returns v's value; v's kind must be Bool.
func (v Value) Bool() bool {
	v.mustBe(Bool, "Bool")
	return *v.ptr != 0
}

// Int returns v's value; v's kind must be Int, Int8, Int16, Int32 or Int64.
func (v Value) Int() int64 {
	switch v.Kind() {
	case Int, Int64:
		return *asInt64(v.ptr)
	case Int8:
		return int64(*asInt8(v.ptr))
	case Int16:
		return int64(*asInt16(v.ptr))
	case Int32:
		return int64(*asInt32(v.ptr))
	}
	panic(&ValueError{"reflect.Value.Int", v.Kind()})
}

// Uint returns v's value; v's kind must be an unsigned integer kind.
func (v Value) Uint() uint64 {
	switch v.Kind() {
	case Uint, Uint64, Uintptr:
		return *asUint64(v.ptr)
	case Uint8:
		return uint64(*v.ptr)
	case Uint16:
		return uint64(*asUint16(v.ptr))
	case Uint32:
		return uint64(*asUint32(v.ptr))
	}
	panic(&ValueError{"reflect.Value.Uint", v.Kind()})
}

// Float returns v's value; v's kind must be Float32 or Float64.
func (v Value) Float() float64 {
	switch v.Kind() {
	case Float32:
		return float64(*asFloat32(v.ptr))
	case Float64:
		return *asFloat64(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", v.Kind()})
}

// String returns a string v's value, or "<T Value>" for other kinds.
func (v Value) String() string {
	switch v.Kind() {
	case Invalid:
		return "<invalid Value>"
	case String:
		return *asString(v.ptr)
	}
	return "<" + v.typ.String() + " Value>"
}

// Bytes returns v's value; v must be a slice of bytes.
func (v Value) Bytes() []byte {
	v.mustBe(Slice, "Bytes")
	if v.typ.elem.Kind() != Uint8 {
		panic("reflect.Value.Bytes of non-byte slice")
	}
	return *asBytes(v.ptr)
}

// SetBool sets v, which must be settable and a bool, to x.
func (v Value) SetBool(x bool) {
	v.mustBeAssignable("SetBool")
	v.mustBe(Bool, "SetBool")
	if x {
		*v.ptr = 1
	} else {
		*v.ptr = 0
	}
}

// SetInt sets v, which must be settable and of a signed integer kind, to x.
func (v Value) SetInt(x int64) {
	v.mustBeAssignable("SetInt")
	switch v.Kind() {
	case Int, Int64:
		*asInt64(v.ptr) = x
	case Int8:
		*asInt8(v.ptr) = int8(x)
	case Int16:
		*asInt16(v.ptr) = int16(x)
	case Int32:
		*asInt32(v.ptr) = int32(x)
	default:
		v.fail("SetInt")
	}
}

// SetUint sets v, which must be settable and of an unsigned integer kind, to x.
func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("SetUint")
	switch v.Kind() {
	case Uint, Uint64, Uintptr:
		*asUint64(v.ptr) = x
	case Uint8:
		*v.ptr = uint8(x)
	case Uint16:
		*asUint16(v.ptr) = uint16(x)
	case Uint32:
		*asUint32(v.ptr) = uint32(x)
	default:
		v.fail("SetUint")
	}
}

// SetFloat sets v, which must be settable and a float, to x.
func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("SetFloat")
	switch v.Kind() {
	case Float32:
		*asFloat32(v.ptr) = float32(x)
	case Float64:
		*asFloat64(v.ptr) = x
	default:
		v.fail("SetFloat")
	}
}

// SetString sets v, which must be settable and a string, to x.
func (v Value) SetString(x string) {
	v.mustBeAssignable("SetString")
	v.mustBe(String, "SetString")
	*asString(v.ptr) = x
}

// SetBytes sets v, which must be settable and a slice of bytes, to x.
func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("SetBytes")
	v.mustBe(Slice, "SetBytes")
	if v.typ.elem.Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	*asBytes(v.ptr) = x
}

// SetLen sets the length of the slice v.
func (v Value) SetLen(n int) {
	v.mustBeAssignable("SetLen")
	v.mustBe(Slice, "SetLen")
	s := asSlice(v.ptr)
	if n < 0 || n > s.cap {
		panic("reflect: slice length out of range in SetLen")
	}
	s.len = n
}

// Set assigns x to v, which must be settable; x must be assignable to v's type.
func (v Value) Set(x Value) {
	v.mustBeAssignable("Set")
	x.mustBeExported("Set")
	memmove(v.ptr, x.convertedFor(v.typ, "reflect.Set"), v.typ.size)
}

// convertedFor returns the address of v's value as a value of type t, to
// which v must be assignable (an interface value is made for an interface t).
func (v Value) convertedFor(t *rtype, context string) *byte {
	if v.typ == t {
		return v.ptr
	}
	if !assignable(t, v.typ) {
		panic(context + ": value of type " + v.typ.String() + " is not assignable to type " + t.String())
	}
	if t.Kind() != Interface {
		return v.ptr
	}
	words := new([2]*byte)
	if v.typ.Kind() == Interface {
		e := v.eface()
		if e == nil {
			return pointerWord(words)
		}
		v = ValueOf(e)
	}
	data := v.dataWordOf()
	if t.flags&typeFlagNonEmpty != 0 {
		words[0] = itabOrNil(t, v.typ)
	} else {
		words[0] = pointerWord(v.typ)
	}
	words[1] = data
	return pointerWord(words)
}

// dataWordOf is the word an interface holding v's value would carry: the value
// for pointer-shaped types, else the address of a copy.
func (v Value) dataWordOf() *byte {
	if v.typ.pointerShaped() {
		return *asPointer(v.ptr)
	}
	c := unsafeNew(v.typ, 1)
	memmove(c, v.ptr, v.typ.size)
	return c
}

// Interface returns v's value as an interface{}.
func (v Value) Interface() interface{} {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	if v.bound != nil {
		panic("reflect.Value.Interface: minigo cannot make a func value of a method value")
	}
	return v.packed()
}

// packed is Interface without the checks.
func (v Value) packed() interface{} {
	if v.typ.Kind() == Interface {
		return v.eface()
	}
	return makeEface(v.typ, v.dataWordOf())
}

// eface reads the interface value at v.ptr (v of an interface type) as an interface{}.
func (v Value) eface() interface{} {
	if v.typ.flags&typeFlagNonEmpty == 0 {
		return *asEface(v.ptr)
	}
	itab := *asPointer(v.ptr)
	if itab == nil {
		return nil
	}
	return makeEface(asRtype(*asPointer(itab)), *asPointer(add(v.ptr, wordSize)))
}

// Composite values

// Len returns v's length: of an array, chan, map, slice or string.
func (v Value) Len() int {
	switch v.Kind() {
	case Slice:
		return asSlice(v.ptr).len
	case Array:
		return v.typ.length
	case String:
		return len(*asString(v.ptr))
	case Map:
		m := *asPointer(v.ptr)
		if m == nil {
			return 0
		}
		return int(*asInt64(m)) // a map's first word is its length (map.c)
	case Chan:
		return chanlen(*asPointer(v.ptr))
	case Pointer:
		if v.typ.elem.Kind() == Array {
			return v.typ.elem.length
		}
		panic("reflect: call of reflect.Value.Len on ptr to non-array Value")
	}
	panic(&ValueError{"reflect.Value.Len", v.Kind()})
}

// Cap returns v's capacity: of an array, chan or slice.
func (v Value) Cap() int {
	switch v.Kind() {
	case Slice:
		return asSlice(v.ptr).cap
	case Array:
		return v.typ.length
	case Chan:
		return chancap(*asPointer(v.ptr))
	}
	panic(&ValueError{"reflect.Value.Cap", v.Kind()})
}

// Index returns v's i-th element: of an array, slice or string.
func (v Value) Index(i int) Value {
	switch v.Kind() {
	case Slice:
		s := asSlice(v.ptr)
		if uint(i) >= uint(s.len) {
			panic("reflect: slice index out of range")
		}
		return Value{typ: v.typ.elem, ptr: add(s.data, i*v.typ.elem.size), flag: flagAddr | v.flag.ro()}
	case Array:
		if uint(i) >= uint(v.typ.length) {
			panic("reflect: array index out of range")
		}
		return Value{typ: v.typ.elem, ptr: add(v.ptr, i*v.typ.elem.size), flag: v.flag&flagAddr | v.flag.ro()}
	case String:
		s := *asString(v.ptr)
		if uint(i) >= uint(len(s)) {
			panic("reflect: string index out of range")
		}
		b := new(byte)
		*b = s[i]
		return Value{typ: uint8Type, ptr: b, flag: v.flag & flagRO}
	}
	panic(&ValueError{"reflect.Value.Index", v.Kind()})
}

// Slice returns v[i:j] of a slice, string or addressable array.
func (v Value) Slice(i, j int) Value {
	switch v.Kind() {
	case Slice:
		s := asSlice(v.ptr)
		if i < 0 || j < i || j > s.cap {
			panic("reflect.Value.Slice: slice index out of bounds")
		}
		h := unsafeNew(v.typ, 1)
		*asSlice(h) = sliceHeader{add(s.data, i*v.typ.elem.size), j - i, s.cap - i}
		return Value{typ: v.typ, ptr: h, flag: v.flag & flagRO}
	case String:
		s := *asString(v.ptr)
		if i < 0 || j < i || j > len(s) {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		h := new(string)
		*h = s[i:j]
		return Value{typ: v.typ, ptr: pointerWord(h), flag: v.flag & flagRO}
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice: slice of unaddressable array")
		}
		if i < 0 || j < i || j > v.typ.length {
			panic("reflect.Value.Slice: slice index out of bounds")
		}
		h := unsafeNew(v.typ.extra.slice, 1)
		*asSlice(h) = sliceHeader{add(v.ptr, i*v.typ.elem.size), j - i, v.typ.length - i}
		return Value{typ: v.typ.extra.slice, ptr: h, flag: v.flag & flagRO}
	}
	panic(&ValueError{"reflect.Value.Slice", v.Kind()})
}

// Elem returns the value v points to (the zero Value for nil), or the value
// inside the interface v.
func (v Value) Elem() Value {
	switch v.Kind() {
	case Pointer:
		p := *asPointer(v.ptr)
		if p == nil {
			return Value{}
		}
		return Value{typ: v.typ.elem, ptr: p, flag: flagAddr | v.flag&flagRO}
	case Interface:
		inner := ValueOf(v.eface())
		inner.flag = v.flag.ro()
		return inner
	}
	panic(&ValueError{"reflect.Value.Elem", v.Kind()})
}

// IsNil reports whether v, a chan, func, interface, map, pointer or slice, is nil.
func (v Value) IsNil() bool {
	switch v.Kind() {
	case Pointer, Map, Chan, Func, UnsafePointer, Interface, Slice:
		return *asPointer(v.ptr) == nil
	}
	panic(&ValueError{"reflect.Value.IsNil", v.Kind()})
}

// IsZero reports whether v is the zero value of its type.
func (v Value) IsZero() bool {
	switch v.Kind() {
	case Invalid:
		panic(&ValueError{"reflect.Value.IsZero", Invalid})
	case Bool:
		return !v.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v.Int() == 0
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v.Uint() == 0
	case Float32, Float64:
		return math.Float64bits(v.Float()) == 0
	case Complex64, Complex128:
		c := v.Complex()
		return math.Float64bits(real(c)) == 0 && math.Float64bits(imag(c)) == 0
	case String:
		return v.Len() == 0
	case Array:
		for i := 0; i < v.typ.length; i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Struct:
		for i := 0; i < v.typ.fieldCount; i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	return v.IsNil()
}

// NumField returns the number of fields of the struct v.
func (v Value) NumField() int {
	v.mustBe(Struct, "NumField")
	return v.typ.fieldCount
}

// Field returns the i-th field of the struct v.
func (v Value) Field(i int) Value {
	v.mustBe(Struct, "Field")
	if uint(i) >= uint(v.typ.fieldCount) {
		panic("reflect: Field index out of range")
	}
	f := v.typ.field(i)
	fl := v.flag &^ flagEmbedRO
	if !isExported(f.name) {
		if f.embedded != 0 {
			fl |= flagEmbedRO
		} else {
			fl |= flagStickyRO
		}
	}
	return Value{typ: f.typ, ptr: add(v.ptr, f.offset), flag: fl}
}

// FieldByIndex returns the nested field index leads to.
func (v Value) FieldByIndex(index []int) Value {
	for depth, i := range index {
		if depth > 0 && v.Kind() == Pointer && v.typ.elem.Kind() == Struct {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(i)
	}
	return v
}

// FieldByName returns the field called name (also promoted from an embedded
// struct), the zero Value if there is none.
func (v Value) FieldByName(name string) Value {
	v.mustBe(Struct, "FieldByName")
	if f, ok := v.typ.FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// FieldByNameFunc returns the field whose name match accepts (as
// Type.FieldByNameFunc), the zero Value if there is none.
func (v Value) FieldByNameFunc(match func(string) bool) Value {
	v.mustBe(Struct, "FieldByNameFunc")
	if f, ok := v.typ.FieldByNameFunc(match); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// NumMethod returns the number of exported methods in v's method set.
func (v Value) NumMethod() int {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	return v.typ.NumMethod()
}

// Convert returns v converted to type t (numbers, strings and byte or rune
// slices, and types of the same underlying type).
func (v Value) Convert(t Type) Value {
	to := t.common()
	if !convertible(to, v.typ) {
		panic("reflect.Value.Convert: value of type " + v.typ.String() + " cannot be converted to type " + to.String())
	}
	out := Value{typ: to, ptr: unsafeNew(to, 1), flag: v.flag & flagRO}
	from, into := v.Kind(), to.Kind()
	switch {
	case isNumeric(from) && isNumeric(into):
		convertNumber(v, out)
	case isComplex(from) && isComplex(into):
		out.flag = flagAddr
		out.SetComplex(v.Complex())
		out.flag = v.flag & flagRO
	case isInteger(from) && into == String:
		n := int64(-1)
		if from >= Uint && from <= Uintptr {
			if u := v.Uint(); u <= math.MaxInt32 {
				n = int64(u)
			}
		} else {
			n = v.Int()
		}
		if n < 0 || n > 0x10FFFF {
			n = 0xFFFD
		}
		*asString(out.ptr) = string(rune(n))
	case from == String && into == Slice && to.elem.Kind() == Uint8:
		*asBytes(out.ptr) = []byte(v.String())
	case from == String && into == Slice:
		runes := []rune(v.String())
		*asSlice(out.ptr) = *asSlice(pointerWord(&runes))
	case from == Slice && into == String && v.typ.elem.Kind() == Uint8:
		*asString(out.ptr) = string(*asBytes(v.ptr))
	case from == Slice && into == String:
		var runes []rune
		*asSlice(pointerWord(&runes)) = *asSlice(v.ptr)
		*asString(out.ptr) = string(runes)
	case into == Interface:
		memmove(out.ptr, v.convertedFor(to, "reflect.Value.Convert"), to.size)
	default:
		memmove(out.ptr, v.ptr, to.size)
	}
	return out
}

func convertNumber(v, out Value) {
	out.flag = flagAddr
	from, into := v.Kind(), out.Kind()
	switch {
	case from >= Float32 && into >= Float32:
		out.SetFloat(v.Float())
	case from >= Float32 && into >= Uint:
		out.SetUint(uint64(v.Float()))
	case from >= Float32:
		out.SetInt(int64(v.Float()))
	case from >= Uint && into >= Float32:
		out.SetFloat(float64(v.Uint()))
	case from >= Uint && into >= Uint:
		out.SetUint(v.Uint())
	case from >= Uint:
		out.SetInt(int64(v.Uint()))
	case into >= Float32:
		out.SetFloat(float64(v.Int()))
	case into >= Uint:
		out.SetUint(uint64(v.Int()))
	default:
		out.SetInt(v.Int())
	}
}

// PointerTo returns the type *t (made at run time when the program never names
// it: made.go).
func PointerTo(t Type) Type {
	return pointerType(t.common())
}

// PtrTo is the old name of PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

// CanInt reports whether Int can be called without panicking.
func (v Value) CanInt() bool {
	k := v.Kind()
	return k >= Int && k <= Int64
}

// CanUint reports whether Uint can be called without panicking.
func (v Value) CanUint() bool {
	k := v.Kind()
	return k >= Uint && k <= Uintptr
}

// CanFloat reports whether Float can be called without panicking.
func (v Value) CanFloat() bool {
	k := v.Kind()
	return k == Float32 || k == Float64
}

// OverflowInt reports whether x cannot be represented by v's type.
func (v Value) OverflowInt(x int64) bool {
	switch v.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		bits := uint(v.typ.size * 8)
		trunc := (x << (64 - bits)) >> (64 - bits)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowInt", v.Kind()})
}

// OverflowUint reports whether x cannot be represented by v's type.
func (v Value) OverflowUint(x uint64) bool {
	switch v.Kind() {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		bits := uint(v.typ.size * 8)
		trunc := (x << (64 - bits)) >> (64 - bits)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowUint", v.Kind()})
}

// OverflowFloat reports whether x cannot be represented by v's type.
func (v Value) OverflowFloat(x float64) bool {
	switch v.Kind() {
	case Float32:
		if x < 0 {
			x = -x
		}
		return math.MaxFloat32 < x && x <= math.MaxFloat64
	case Float64:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowFloat", v.Kind()})
}

// UnsafeAddr returns the address of v's value, which must be addressable.
func (v Value) UnsafeAddr() uintptr {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.UnsafeAddr", Invalid})
	}
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return uintptr(*asUint64(pointerWord(&v.ptr)))
}
