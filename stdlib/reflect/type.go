package reflect

import "strconv"

// A Kind is the specific kind of type that a Type represents.
type Kind uint

// The kinds, numbered as Go's.
const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

var kindNames = []string{
	"invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
	"uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64",
	"complex128", "array", "chan", "func", "interface", "map", "ptr", "slice",
	"string", "struct", "unsafe.Pointer",
}

// String returns the name of k.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + strconv.Itoa(int(k))
}

// ChanDir represents a channel type's direction.
type ChanDir int

// The directions.
const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

// String returns the direction as Go writes it in a channel type.
func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + strconv.Itoa(int(d))
}

// Type is the representation of a Go type.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	common() *rtype
}

// Method represents a single method.
type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool { return m.PkgPath == "" }

// A StructField describes a single field in a struct.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

// TypeOf returns the dynamic type of i, nil if i is nil.
func TypeOf(i interface{}) Type {
	t := typeWord(i)
	if t == nil {
		return nil
	}
	return t
}

// toType is t as a Type: nil for a nil *rtype.
func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

func (t *rtype) common() *rtype { return t }

func (t *rtype) Kind() Kind { return Kind(t.kind) }

func (t *rtype) Size() uintptr { return uintptr(t.size) }

func (t *rtype) String() string { return t.name }

func (t *rtype) Name() string {
	if t.flags&typeFlagNamed != 0 {
		// "pkg.Name", "pkg.G[pkg.T]": the name follows the package's
		for i := 0; i < len(t.name); i++ {
			if t.name[i] == '.' {
				return t.name[i+1:]
			}
			if t.name[i] == '[' {
				break
			}
		}
		return t.name
	}
	if t.isBasic() {
		return t.name
	}
	return ""
}

func (t *rtype) isBasic() bool {
	k := t.Kind()
	return k <= Complex128 || k == String || k == UnsafePointer
}

func (t *rtype) PkgPath() string {
	if t.flags&typeFlagNamed == 0 || t.extra == nil {
		return ""
	}
	return t.extra.pkgPath
}

func (t *rtype) Align() int {
	switch t.Kind() {
	case Bool, Int8, Uint8:
		return 1
	case Int16, Uint16:
		return 2
	case Int32, Uint32, Float32, Complex64:
		return 4
	case Array:
		return t.elem.Align()
	case Struct:
		most := 1
		for i := 0; i < t.fieldCount; i++ {
			if a := t.field(i).typ.Align(); a > most {
				most = a
			}
		}
		return most
	}
	return 8
}

func (t *rtype) FieldAlign() int { return t.Align() }

func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return t.size * 8
}

func (t *rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.String())
	}
	if t.flags&typeFlagSendOnly != 0 {
		return SendDir
	}
	if t.flags&typeFlagRecvOnly != 0 {
		return RecvDir
	}
	return BothDir
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(t.elem)
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType(t.key)
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return t.length
}

// Structs

func (t *rtype) field(i int) *structField {
	return addField(t.fields, i*structFieldSize)
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return t.fieldCount
}

func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	if i < 0 || i >= t.fieldCount {
		panic("reflect: Field index out of bounds")
	}
	f := t.field(i)
	field := StructField{
		Name:      f.name,
		Type:      toType(f.typ),
		Tag:       StructTag(f.tag),
		Offset:    uintptr(f.offset),
		Index:     []int{i},
		Anonymous: f.embedded != 0,
	}
	if !isExported(f.name) {
		field.PkgPath = t.PkgPath()
		if field.PkgPath == "" {
			field.PkgPath = "main"
		}
	}
	return field
}

func isExported(name string) bool {
	return len(name) > 0 && name[0] >= 'A' && name[0] <= 'Z' || len(name) > 1 && name[0] >= 0x80 && isUpperRune(name)
}

// isUpperRune reports whether the first letter of name (not ASCII) is an upper-case letter.
func isUpperRune(name string) bool {
	for _, r := range name {
		// Latin-1, Greek and Cyrillic capitals: the common cases beyond ASCII
		return r >= 0xC0 && r <= 0xDE && r != 0xD7 || r >= 0x391 && r <= 0x3A9 || r >= 0x410 && r <= 0x42F
	}
	return false
}

func (t *rtype) FieldByIndex(index []int) StructField {
	f := StructField{Type: toType(t)}
	for depth, i := range index {
		if depth > 0 {
			ft := f.Type.common()
			if ft.Kind() == Pointer && ft.elem.Kind() == Struct {
				ft = ft.elem
			}
			f.Type = ft
		}
		f = f.Type.Field(i)
	}
	return f
}

// FieldByName finds the field called name, also among the fields of embedded
// structs: the shallowest wins, and two at the same depth hide each other.
func (t *rtype) FieldByName(name string) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByName of non-struct type " + t.String())
	}
	return t.FieldByNameFunc(func(s string) bool { return s == name })
}

// FieldByNameFunc is FieldByName for the first name match accepts.
func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByNameFunc of non-struct type " + t.String())
	}
	type candidate struct {
		typ   *rtype
		index []int
	}
	level := []candidate{{t, nil}}
	seen := map[*rtype]bool{}
	for len(level) > 0 {
		var next []candidate
		var found StructField
		count := 0
		for _, c := range level {
			if seen[c.typ] {
				continue
			}
			seen[c.typ] = true
			for i := 0; i < c.typ.fieldCount; i++ {
				f := c.typ.field(i)
				index := append(append([]int(nil), c.index...), i)
				if match(f.name) {
					count++
					if count == 1 {
						found = c.typ.Field(i)
						found.Index = index
					}
					continue
				}
				if f.embedded != 0 {
					ft := f.typ
					if ft.Kind() == Pointer {
						ft = ft.elem
					}
					if ft.Kind() == Struct {
						next = append(next, candidate{ft, index})
					}
				}
			}
		}
		if count == 1 {
			return found, true
		}
		if count > 1 {
			return StructField{}, false
		}
		level = next
	}
	return StructField{}, false
}

// Functions

func (t *rtype) mustBeFunc(what string) {
	if t.Kind() != Func {
		panic("reflect: " + what + " of non-func type " + t.String())
	}
}

func (t *rtype) NumIn() int {
	t.mustBeFunc("NumIn")
	return t.extra.inCount
}

func (t *rtype) NumOut() int {
	t.mustBeFunc("NumOut")
	return t.extra.outCount
}

func (t *rtype) param(i int) *rtype {
	return *addParam(t.extra.params, i*wordSize)
}

func (t *rtype) In(i int) Type {
	t.mustBeFunc("In")
	if i < 0 || i >= t.extra.inCount {
		panic("reflect: Function index out of range")
	}
	return toType(t.param(i))
}

func (t *rtype) Out(i int) Type {
	t.mustBeFunc("Out")
	if i < 0 || i >= t.extra.outCount {
		panic("reflect: Function index out of range")
	}
	return toType(t.param(t.extra.inCount + i))
}

func (t *rtype) IsVariadic() bool {
	t.mustBeFunc("IsVariadic")
	return t.flags&typeFlagVariadic != 0
}

// Methods

func (t *rtype) method(i int) *method {
	return addMethod(t.methods, i*methodSize)
}

// NumMethod counts an interface type's methods, or the exported methods of
// another type's method set.
func (t *rtype) NumMethod() int {
	if t.Kind() == Interface {
		return t.methodCount
	}
	n := 0
	for i := 0; i < t.methodCount; i++ {
		if isExported(t.method(i).name) {
			n++
		}
	}
	return n
}

// exportedMethod is the i-th entry of the table that NumMethod counts.
func (t *rtype) exportedMethod(i int) *method {
	if t.Kind() == Interface {
		return t.method(i)
	}
	for j := 0; j < t.methodCount; j++ {
		m := t.method(j)
		if isExported(m.name) {
			if i == 0 {
				return m
			}
			i--
		}
	}
	return nil
}

func (t *rtype) Method(i int) Method {
	if i < 0 || i >= t.NumMethod() {
		panic("reflect: Method index out of range")
	}
	m := t.exportedMethod(i)
	result := Method{Name: m.name, Type: toType(m.typ), Index: i}
	if !isExported(m.name) {
		result.PkgPath = t.PkgPath()
	}
	return result
}

func (t *rtype) MethodByName(name string) (Method, bool) {
	for i, n := 0, t.NumMethod(); i < n; i++ {
		if m := t.exportedMethod(i); m.name == name {
			return t.Method(i), true
		}
	}
	return Method{}, false
}

// Relations between types

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return implements(u.common(), t)
}

func implements(iface, t *rtype) bool {
	if iface.methodCount == 0 {
		return true
	}
	if t.Kind() == Interface {
		// every method of iface must be among t's (both tables sorted by name)
		j := 0
		for i := 0; i < iface.methodCount; i++ {
			want := iface.method(i)
			for j < t.methodCount && t.method(j).name != want.name {
				j++
			}
			if j == t.methodCount || t.method(j).typ != want.typ {
				return false
			}
		}
		return true
	}
	return itabOrNil(iface, t) != nil
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return assignable(u.common(), t)
}

// assignable reports whether a value of type t may be assigned to one of type to.
func assignable(to, t *rtype) bool {
	if to == t {
		return true
	}
	if to.Kind() == Interface {
		return implements(to, t)
	}
	bothNamed := to.flags&typeFlagNamed != 0 && t.flags&typeFlagNamed != 0
	if to.isBasic() || t.isBasic() || bothNamed {
		return false
	}
	if to.Kind() == Chan && t.Kind() == Chan && t.ChanDir() == BothDir && to.elem == t.elem {
		return true
	}
	named := to.flags&typeFlagNamed != 0 || t.flags&typeFlagNamed != 0
	return named && identicalUnderlying(to, t)
}

// identicalUnderlying compares the structure of two types (their names aside);
// the types they are made of must be the same.
func identicalUnderlying(a, b *rtype) bool {
	if a.kind != b.kind {
		return false
	}
	switch a.Kind() {
	case Array:
		return a.length == b.length && a.elem == b.elem
	case Chan:
		return a.elem == b.elem && a.ChanDir() == b.ChanDir()
	case Pointer, Slice:
		return a.elem == b.elem
	case Map:
		return a.key == b.key && a.elem == b.elem
	case Func:
		if a.extra.inCount != b.extra.inCount || a.extra.outCount != b.extra.outCount ||
			a.IsVariadic() != b.IsVariadic() {
			return false
		}
		for i := 0; i < a.extra.inCount+a.extra.outCount; i++ {
			if a.param(i) != b.param(i) {
				return false
			}
		}
		return true
	case Struct:
		if a.fieldCount != b.fieldCount {
			return false
		}
		for i := 0; i < a.fieldCount; i++ {
			fa, fb := a.field(i), b.field(i)
			if fa.name != fb.name || fa.typ != fb.typ || fa.tag != fb.tag || fa.embedded != fb.embedded {
				return false
			}
		}
		return true
	case Interface:
		if a.methodCount != b.methodCount {
			return false
		}
		for i := 0; i < a.methodCount; i++ {
			if a.method(i).name != b.method(i).name || a.method(i).typ != b.method(i).typ {
				return false
			}
		}
		return true
	}
	return true
}

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return convertible(u.common(), t)
}

func convertible(to, t *rtype) bool {
	if assignable(to, t) || identicalUnderlying(to, t) {
		return true
	}
	from, into := t.Kind(), to.Kind()
	switch {
	case isNumeric(from) && isNumeric(into), isComplex(from) && isComplex(into):
		return true
	case isInteger(from) && into == String:
		return true
	case from == String && into == Slice && isBytesOrRunes(to.elem):
		return true
	case from == Slice && into == String && isBytesOrRunes(t.elem):
		return true
	case from == Pointer && into == Pointer && t.flags&to.flags&typeFlagNamed == 0:
		return identicalUnderlying(t.elem, to.elem)
	}
	return false
}

func isBytesOrRunes(t *rtype) bool {
	return t.Kind() == Uint8 || t.Kind() == Int32
}

func isInteger(k Kind) bool { return k >= Int && k <= Uintptr }

func isNumeric(k Kind) bool { return k >= Int && k <= Float64 }

func (t *rtype) Comparable() bool {
	switch t.Kind() {
	case Func, Map, Slice:
		return false
	case Array:
		return t.elem.Comparable()
	case Struct:
		for i := 0; i < t.fieldCount; i++ {
			if !t.field(i).typ.Comparable() {
				return false
			}
		}
	}
	return true
}

// pointerShaped types are held in an interface's data word itself.
func (t *rtype) pointerShaped() bool {
	switch t.Kind() {
	case Pointer, Map, Chan, Func, UnsafePointer:
		return true
	}
	return false
}
