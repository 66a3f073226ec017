// Package reflectlite, as tests/stdlib_gc.py builds it for the Go
// toolchain: the functions stdlib/internal/reflectlite declares without a
// body (see that file for their contracts), written over package reflect.
// minigo never compiles this file.
package reflectlite

import "reflect"

// What TargetKind says about a pointer's element type.
const (
	NotPointer = iota
	ElemInterface
	ElemError
	ElemOther
)

var errorType = reflect.TypeOf((*error)(nil)).Elem()

// Len returns the length of the slice (array, string, map, chan) held in
// slice, panicking as Go's internal/reflectlite does for other kinds.
func Len(slice interface{}) int {
	v := reflect.ValueOf(slice)
	switch v.Kind() {
	case reflect.Slice, reflect.Array, reflect.String, reflect.Map, reflect.Chan:
		return v.Len()
	}
	panic(&reflect.ValueError{Method: "reflect.Value.Len", Kind: v.Kind()})
}

// Swapper returns a function that swaps two elements of the slice.
func Swapper(slice interface{}) func(i, j int) { return reflect.Swapper(slice) }

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
