package reflect

// MakeSlice returns a new slice of type typ with the given length and capacity.
func MakeSlice(typ Type, len, cap int) Value {
	t := typ.common()
	if t.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	h := unsafeNew(t, 1)
	*asSlice(h) = sliceHeader{unsafeNew(t.elem, cap), len, cap}
	return Value{typ: t, ptr: h}
}

// Append appends the values x to the slice s and returns the result.
func Append(s Value, x ...Value) Value {
	s.mustBe(Slice, "Append")
	out := s.grown(len(x))
	n := s.Len()
	for i, v := range x {
		out.Index(n + i).Set(v)
	}
	return out
}

// AppendSlice appends the slice t to the slice s and returns the result.
func AppendSlice(s, t Value) Value {
	s.mustBe(Slice, "AppendSlice")
	t.mustBe(Slice, "AppendSlice")
	if s.typ.elem != t.typ.elem {
		panic("reflect.AppendSlice: " + s.typ.String() + " != " + t.typ.String())
	}
	n := s.Len()
	out := s.grown(t.Len())
	Copy(out.Slice(n, out.Len()), t)
	return out
}

// grown is a copy of the slice s, extra elements longer (room made as append does).
func (s Value) grown(extra int) Value {
	h := unsafeNew(s.typ, 1)
	header := asSlice(h)
	*header = *asSlice(s.ptr)
	if wanted := header.len + extra; wanted > header.cap {
		growslice(s.typ.elem, header, wanted)
	}
	header.len += extra
	return Value{typ: s.typ, ptr: h, flag: s.flag & flagRO}
}

// Copy copies the elements of src into dst (a slice, or an array Value
// obtained through a pointer) until either is exhausted; it returns how many.
func Copy(dst, src Value) int {
	if dst.Kind() != Array && dst.Kind() != Slice {
		panic(&ValueError{"reflect.Copy", dst.Kind()})
	}
	if dst.Kind() == Array {
		dst.mustBeAssignable("Copy")
	}
	dst.mustBeExported("Copy")
	if src.Kind() != Array && src.Kind() != Slice && src.Kind() != String {
		panic(&ValueError{"reflect.Copy", src.Kind()})
	}
	src.mustBeExported("Copy")
	elem := dst.typ.elem
	if src.Kind() == String {
		if elem.Kind() != Uint8 {
			panic("reflect.Copy: " + dst.typ.String() + " != " + src.typ.String())
		}
	} else if src.typ.elem != elem {
		panic("reflect.Copy: " + elem.String() + " != " + src.typ.elem.String())
	}
	n := dst.Len()
	if m := src.Len(); m < n {
		n = m
	}
	memmove(dst.firstElement(), src.firstElement(), n*elem.size)
	return n
}

// firstElement is the address of the first element of an array, slice or string.
func (v Value) firstElement() *byte {
	if v.Kind() == Array {
		return v.ptr
	}
	return *asPointer(v.ptr) // a slice's and a string's first word
}

// Swapper returns a function that swaps the elements i and j of the slice.
func Swapper(slice interface{}) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	n := v.Len()
	switch n {
	case 0:
		return func(i, j int) { panic("reflect: slice index out of range") }
	case 1:
		return func(i, j int) {
			if i != 0 || j != 0 {
				panic("reflect: slice index out of range")
			}
		}
	}
	elem := v.typ.elem
	size := elem.size
	data := asSlice(v.ptr).data
	spare := unsafeNew(elem, 1)
	if swapsByIndexing(elem) {
		// gc indexes a typed slice here: a bad index is a runtime error naming it
		bounds := make([]struct{}, n)
		return func(i, j int) {
			_, _ = bounds[i], bounds[j]
			swapAt(data, spare, i, j, size)
		}
	}
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		swapAt(data, spare, i, j, size)
	}
}

// swapsByIndexing: the element types gc's Swapper swaps through a typed slice.
func swapsByIndexing(elem *rtype) bool {
	if elem.flags&typeFlagNoPointers == 0 {
		return elem.size == wordSize || elem.Kind() == String
	}
	switch elem.size {
	case 1, 2, 4, 8:
		return true
	}
	return false
}

func swapAt(data, spare *byte, i, j, size int) {
	x, y := add(data, i*size), add(data, j*size)
	memmove(spare, x, size)
	memmove(x, y, size)
	memmove(y, spare, size)
}
