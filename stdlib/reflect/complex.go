package reflect

import (
	"math"
	"unsafe"
)

// Complex kinds: minigo lays out complex64 and complex128 as Go does (two floats), so
// their values are read and written through package unsafe's pointer conversions.

func (v Value) complex64Pointer() *complex64 { return (*complex64)(unsafe.Pointer(v.ptr)) }

func (v Value) complex128Pointer() *complex128 { return (*complex128)(unsafe.Pointer(v.ptr)) }

// Complex returns v's value; v's kind must be Complex64 or Complex128.
func (v Value) Complex() complex128 {
	switch v.Kind() {
	case Complex64:
		return complex128(*v.complex64Pointer())
	case Complex128:
		return *v.complex128Pointer()
	}
	panic(&ValueError{"reflect.Value.Complex", v.Kind()})
}

// SetComplex sets v, which must be settable and a complex number, to x.
func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("SetComplex")
	switch v.Kind() {
	case Complex64:
		*v.complex64Pointer() = complex64(x)
	case Complex128:
		*v.complex128Pointer() = x
	default:
		v.fail("SetComplex")
	}
}

// CanComplex reports whether Complex can be called without panicking.
func (v Value) CanComplex() bool {
	k := v.Kind()
	return k == Complex64 || k == Complex128
}

// OverflowComplex reports whether x cannot be represented by v's type.
func (v Value) OverflowComplex(x complex128) bool {
	switch v.Kind() {
	case Complex64:
		return overflowFloat32(real(x)) || overflowFloat32(imag(x))
	case Complex128:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowComplex", v.Kind()})
}

func overflowFloat32(x float64) bool {
	if x < 0 {
		x = -x
	}
	return math.MaxFloat32 < x && x <= math.MaxFloat64
}

func isComplex(k Kind) bool { return k == Complex64 || k == Complex128 }
