// The functions stdlib/internal/reflectlite declares without a body (see
// that file for their contracts), written over package reflect for
// tests/stdlib_gc.py. minigo never compiles this file.
package reflectlite

import "reflect"

var errorType = reflect.TypeOf((*error)(nil)).Elem()

func kindOf(x interface{}) int { return int(reflect.ValueOf(x).Kind()) }

func length(x interface{}) int {
	v := reflect.ValueOf(x)
	switch v.Kind() {
	case reflect.Slice, reflect.Array, reflect.String, reflect.Map, reflect.Chan:
		return v.Len()
	}
	return -1
}

func swapsByIndexing(x interface{}) bool {
	elem := reflect.TypeOf(x).Elem()
	if hasPointers(elem) {
		return elem.Size() == 8 || elem.Kind() == reflect.String
	}
	switch elem.Size() {
	case 1, 2, 4, 8:
		return true
	}
	return false
}

func hasPointers(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Array:
		return t.Len() > 0 && hasPointers(t.Elem())
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if hasPointers(t.Field(i).Type) {
				return true
			}
		}
		return false
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return false
	}
	return true
}

func swap(x interface{}, i, j int) {
	v := reflect.ValueOf(x)
	a, b := v.Index(i), v.Index(j)
	t := reflect.New(a.Type()).Elem()
	t.Set(a)
	a.Set(b)
	b.Set(t)
}

// Comparable reports whether x's dynamic type supports ==.
func Comparable(x interface{}) bool {
	return x != nil && reflect.TypeOf(x).Comparable()
}

// TargetKind classifies x for errors.As.
func TargetKind(x interface{}) int {
	v := reflect.ValueOf(x)
	if x == nil || v.Kind() != reflect.Ptr || v.IsNil() {
		return NotPointer
	}
	elem := v.Type().Elem()
	if elem.Kind() == reflect.Interface {
		return ElemInterface
	}
	if elem.Implements(errorType) {
		return ElemError
	}
	return ElemOther
}

// StoreIfAssignable stores value into *target if its type is assignable.
func StoreIfAssignable(target interface{}, value interface{}) bool {
	elem := reflect.ValueOf(target).Elem()
	if value == nil || !reflect.TypeOf(value).AssignableTo(elem.Type()) {
		return false
	}
	elem.Set(reflect.ValueOf(value))
	return true
}
