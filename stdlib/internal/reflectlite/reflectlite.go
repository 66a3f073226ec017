// Package reflectlite declares the few questions about dynamic types that
// stdlib/ needs before minigo has a reflect package: sort.Slice must swap
// elements of a slice of any type, errors.Is must know whether a value may
// be compared, and errors.As must store an error into a pointer of any type.
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

// Len returns the length of the slice held in slice (also of an array,
// string, map or channel, as reflect's Value.Len). It panics with
// "reflect: call of reflect.Value.Len on KIND Value" if slice holds none
// of these (KIND as reflect.Kind's String; "zero" for nil).
func Len(slice interface{}) int {
	n := length(slice)
	if n < 0 {
		panic(&valueError{"reflect.Value.Len", kindName(kindOf(slice))})
	}
	return n
}

// Swapper returns a function that swaps the elements i and j of the slice
// held in slice. It panics with "reflect: call of Swapper on KIND Value"
// if slice holds no slice, and the returned function panics with an index
// out of range error as indexing the slice would.
//
// As reflect's, the function indexes the slice (a runtime error names the
// bad index) where the elements are strings, pointer-sized values or
// pointer-free values of 1, 2, 4 or 8 bytes, and otherwise panics with
// "reflect: slice index out of range", as it does for any index into a
// slice of length 0 or 1.
func Swapper(slice interface{}) func(i, j int) {
	if kind := kindOf(slice); kind != kindSlice {
		panic(&valueError{"Swapper", kindName(kind)})
	}
	n := length(slice)
	switch {
	case n == 0:
		return func(i, j int) { panic("reflect: slice index out of range") }
	case n == 1:
		return func(i, j int) {
			if i != 0 || j != 0 {
				panic("reflect: slice index out of range")
			}
		}
	case swapsByIndexing(slice):
		// The closure holds slice, which keeps the elements reachable.
		return func(i, j int) { swap(slice, i, j) }
	}
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		swap(slice, i, j)
	}
}

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

// The runtime's primitives.

// kindOf returns the reflect.Kind of x's dynamic type, 0 for nil.
func kindOf(x interface{}) int

// length returns len of the slice, array, string, map or channel x holds,
// -1 if x holds none of these.
func length(x interface{}) int

// swapsByIndexing reports whether reflect's Swapper indexes a slice of
// the element type of the slice x holds (see Swapper).
func swapsByIndexing(x interface{}) bool

// swap exchanges the elements i and j of the slice x holds, panicking as
// indexing the slice with i, then j, would.
func swap(x interface{}, i, j int)

// The reflect.Kind of a slice.
const kindSlice = 23

// kindNames holds reflect.Kind's String of each kind, by number.
var kindNames = [...]string{
	"invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint",
	"uint8", "uint16", "uint32", "uint64", "uintptr", "float32", "float64",
	"complex64", "complex128", "array", "chan", "func", "interface", "map",
	"ptr", "slice", "string", "struct", "unsafe.Pointer",
}

func kindName(kind int) string {
	if kind == 0 {
		return "zero"
	}
	return kindNames[kind]
}

// A valueError is the panic of a call on a value of the wrong kind, as
// reflect's *ValueError.
type valueError struct {
	method string
	kind   string
}

func (e *valueError) Error() string {
	return "reflect: call of " + e.method + " on " + e.kind + " Value"
}
