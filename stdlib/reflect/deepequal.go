package reflect

// DeepEqual reports whether x and y are "deeply equal": of the same type, and
// equal element by element, field by field, following pointers, with the
// rules of Go's reflect.DeepEqual (nil and empty slices or maps differ, NaN
// differs from itself, funcs are equal only when both are nil).
func DeepEqual(x, y interface{}) bool {
	if x == nil || y == nil {
		return x == y
	}
	v1, v2 := ValueOf(x), ValueOf(y)
	if v1.typ != v2.typ {
		return false
	}
	return deepValueEqual(v1, v2, map[visit]bool{})
}

// A visit is a pair of values of one type already being compared: reaching it
// again (a cycle) counts as equal.
type visit struct {
	a, b *byte
	typ  *rtype
}

func deepValueEqual(v1, v2 Value, visited map[visit]bool) bool {
	if !v1.IsValid() || !v2.IsValid() {
		return v1.IsValid() == v2.IsValid()
	}
	if v1.typ != v2.typ {
		return false
	}
	switch v1.Kind() {
	case Map, Slice, Pointer, Interface:
		if v1.isNilWord() || v2.isNilWord() {
			break
		}
		seen := visit{*asPointer(v1.ptr), *asPointer(v2.ptr), v1.typ}
		if v1.Kind() == Interface {
			seen = visit{v1.ptr, v2.ptr, v1.typ}
		}
		if visited[seen] {
			return true
		}
		visited[seen] = true
	}
	switch v1.Kind() {
	case Array:
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Slice:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if *asPointer(v1.ptr) == *asPointer(v2.ptr) {
			return true
		}
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Interface:
		if v1.IsNil() || v2.IsNil() {
			return v1.IsNil() == v2.IsNil()
		}
		return deepValueEqual(ValueOf(v1.eface()), ValueOf(v2.eface()), visited)
	case Pointer:
		if *asPointer(v1.ptr) == *asPointer(v2.ptr) {
			return true
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Struct:
		for i := 0; i < v1.typ.fieldCount; i++ {
			if !deepValueEqual(v1.Field(i), v2.Field(i), visited) {
				return false
			}
		}
		return true
	case Map:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if v1.firstWord() == v2.firstWord() {
			return true
		}
		it := v1.MapRange()
		for it.Next() {
			other := v2.MapIndex(it.Key())
			if !other.IsValid() || !deepValueEqual(it.Value(), other, visited) {
				return false
			}
		}
		return true
	case Func:
		return v1.IsNil() && v2.IsNil()
	case Bool:
		return v1.Bool() == v2.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v1.Int() == v2.Int()
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v1.Uint() == v2.Uint()
	case Float32, Float64:
		return v1.Float() == v2.Float()
	case Complex64, Complex128:
		return v1.Complex() == v2.Complex()
	case String:
		return v1.String() == v2.String()
	case Chan, UnsafePointer:
		return *asPointer(v1.ptr) == *asPointer(v2.ptr)
	}
	panic("reflect.DeepEqual: unexpected kind " + v1.Kind().String())
}

// isNilWord: the value's first word is nil (a nil map, slice, pointer or interface).
func (v Value) isNilWord() bool { return *asPointer(v.ptr) == nil }
