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
	if swap := swapByIndexing(v); swap != nil {
		return swap
	}
	size := v.typ.elem.size
	data := asSlice(v.ptr).data
	spare := unsafeNew(v.typ.elem, 1)
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		x, y := add(data, i*size), add(data, j*size)
		memmove(spare, x, size)
		memmove(x, y, size)
		memmove(y, spare, size)
	}
}

// swapByIndexing swaps the elements of the slice v as a slice of strings,
// pointers or integers of the same size, as gc's Swapper does for these
// element types (so a bad index is a runtime error naming it); nil for others.
func swapByIndexing(v Value) func(i, j int) {
	elem := v.typ.elem
	if elem.flags&typeFlagNoPointers == 0 {
		switch {
		case elem.Kind() == String:
			s := *asStrings(v.ptr)
			return func(i, j int) { s[i], s[j] = s[j], s[i] }
		case elem.size == wordSize:
			s := *asPointers(v.ptr)
			return func(i, j int) { s[i], s[j] = s[j], s[i] }
		}
		return nil
	}
	switch elem.size {
	case 1:
		s := *asBytes(v.ptr)
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	case 2:
		s := *asUint16s(v.ptr)
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	case 4:
		s := *asUint32s(v.ptr)
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	case 8:
		s := *asUint64s(v.ptr)
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	}
	return nil
}
