// The functions stdlib/internal/reflectlite declares without a body (see
// that file for their contracts), written over package reflect for
// tests/stdlib_gc.py. minigo never compiles this file.
package reflectlite

import "reflect"

var errorType = reflect.TypeOf((*error)(nil)).Elem()

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
