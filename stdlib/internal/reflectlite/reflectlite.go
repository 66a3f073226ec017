// Package reflectlite declares the few questions about dynamic types that
// stdlib/ needs before minigo has a reflect package: sort.Slice must swap
// elements of a slice of any type, errors.Is must know whether a value may
// be compared, and errors.As must store an error into a pointer of any type.
//
// The functions have no body: minigo's compiler supplies them from its type
// descriptors (the Go toolchain cannot build this file; tests/stdlib_gc.py
// substitutes tests/stdlib_gc/overlay/internal/reflectlite, written over
// package reflect, when it checks stdlib/ against gc). An implementation
// must panic as the reflect-based one does.
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

// Len returns the length of the slice held in slice. It panics with
// "reflect: call of reflect.Value.Len on KIND Value" if slice holds no
// slice (KIND as reflect.Kind's String; "zero" for nil).
func Len(slice interface{}) int

// Swapper returns a function that swaps the elements i and j of the slice
// held in slice. It panics with "reflect: call of Swapper on KIND Value"
// if slice holds no slice, and the returned function panics with an index
// out of range error as indexing the slice would.
func Swapper(slice interface{}) func(i, j int)

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
