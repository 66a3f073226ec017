// Package reflectlite declares the few questions about dynamic types that
// package errors asks without importing reflect: errors.Is must know whether
// a value may be compared, and errors.As must store an error into a pointer
// of any type.
//
// The functions declared without a body are supplied by minigo's compiler as
// calls into its runtime (minigo/runtime/reflectlite.c), which reads the type
// descriptors; see stdlib/README.md. The Go toolchain cannot build this
// file: tests/stdlib_gc.py substitutes tests/stdlib_gc/overlay/internal/
// reflectlite, written over package reflect, when it checks stdlib/ against
// gc. This implementation panics as the reflect-based one does.
package reflectlite

// What TargetKind says about a pointer's element type.
const (
	// NotPointer: the value is not a pointer, or is a nil pointer.
	NotPointer = iota
	// ElemInterface: the element type is an interface type.
	ElemInterface
	// ElemError: the element type is not an interface but implements error.
	ElemError
	// ElemOther: the element type is neither.
	ElemOther
)

// Comparable reports whether the dynamic type of x supports ==, so that
// comparing x with a value of the same type cannot panic. It is false for
// nil.
func Comparable(x interface{}) bool

// TargetKind classifies x for errors.As: NotPointer unless x holds a
// non-nil pointer, else what its element type is.
func TargetKind(x interface{}) int

// StoreIfAssignable stores value into *target and returns true if the
// dynamic type of value is assignable to the element type of target, a
// non-nil pointer (TargetKind(target) != NotPointer); it returns false
// otherwise, storing nothing.
func StoreIfAssignable(target interface{}, value interface{}) bool
