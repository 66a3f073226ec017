package reflect

// Slice3 is the 3-index form of the slice operation: it returns v[i:j:k]. It panics if v's Kind
// is not Array or Slice, or if v is an unaddressable array, or if the indexes are out of bounds.
func (v Value) Slice3(i, j, k int) Value {
	switch v.Kind() {
	case Slice:
		s := asSlice(v.ptr)
		if i < 0 || j < i || k < j || k > s.cap {
			panic("reflect.Value.Slice3: slice index out of bounds")
		}
		h := unsafeNew(v.typ, 1)
		*asSlice(h) = sliceHeader{add(s.data, i*v.typ.elem.size), j - i, k - i}
		return Value{typ: v.typ, ptr: h, flag: v.flag & flagRO}
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice3: slice of unaddressable array")
		}
		if i < 0 || j < i || k < j || k > v.typ.length {
			panic("reflect.Value.Slice3: slice index out of bounds")
		}
		h := unsafeNew(v.typ.extra.slice, 1)
		*asSlice(h) = sliceHeader{add(v.ptr, i*v.typ.elem.size), j - i, k - i}
		return Value{typ: v.typ.extra.slice, ptr: h, flag: v.flag & flagRO}
	}
	panic(&ValueError{"reflect.Value.Slice3", v.Kind()})
}
