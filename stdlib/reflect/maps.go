package reflect

// mapIteratorWords is the runtime's iterator size (runtime.h MAP_ITERATOR_WORDS).
const mapIteratorWords = 10

// firstWord is the runtime's map or channel behind the map or chan value v.
func (v Value) firstWord() *byte { return *asPointer(v.ptr) }

// MapIndex returns the value the map v holds for key, the zero Value if none.
func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "MapIndex")
	found := mapaccess(v.typ, v.firstWord(), key.convertedFor(v.typ.key, "reflect.Value.MapIndex"))
	if found == nil {
		return Value{}
	}
	elem := v.typ.elem
	c := unsafeNew(elem, 1)
	memmove(c, found, elem.size)
	return Value{typ: elem, ptr: c, flag: (v.flag | key.flag) & flagRO}
}

// SetMapIndex sets the map v's value for key to elem; the zero Value as elem
// deletes the key.
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe(Map, "SetMapIndex")
	v.mustBeExported("SetMapIndex")
	key.mustBeExported("SetMapIndex")
	k := key.convertedFor(v.typ.key, "reflect.Value.SetMapIndex")
	if !elem.IsValid() {
		mapdelete(v.typ, v.firstWord(), k)
		return
	}
	elem.mustBeExported("SetMapIndex")
	e := elem.convertedFor(v.typ.elem, "reflect.Value.SetMapIndex")
	memmove(mapassign(v.typ, v.firstWord(), k), e, v.typ.elem.size)
}

// MapKeys returns the keys of the map v, in the map's (unspecified) order.
func (v Value) MapKeys() []Value {
	v.mustBe(Map, "MapKeys")
	keys := make([]Value, 0, v.Len())
	it := v.MapRange()
	for it.Next() {
		keys = append(keys, it.Key())
	}
	return keys
}

// A MapIter iterates over a map (see Value.MapRange).
type MapIter struct {
	m     Value
	words *[mapIteratorWords]*byte
	key   *byte
	value *byte
}

// MapRange returns an iterator over the map v.
func (v Value) MapRange() *MapIter {
	if v.Kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.Kind()})
	}
	return &MapIter{m: v}
}

// Next advances the iterator, false when no entry is left.
func (it *MapIter) Next() bool {
	if it.words == nil {
		it.words = new([mapIteratorWords]*byte)
		if it.m.firstWord() == nil {
			return false
		}
		mapiterinit(it.m.firstWord(), pointerWord(it.words))
	} else if it.key == nil {
		panic("MapIter.Next called on exhausted iterator")
	}
	it.key = mapiternext(pointerWord(it.words))
	if it.key == nil {
		return false
	}
	it.value = it.words[1]
	return true
}

func (it *MapIter) entry(at *byte, t *rtype, method string) Value {
	if it.key == nil {
		panic("MapIter." + method + " called before Next")
	}
	c := unsafeNew(t, 1)
	memmove(c, at, t.size)
	return Value{typ: t, ptr: c, flag: it.m.flag & flagRO}
}

// Key returns the current entry's key.
func (it *MapIter) Key() Value { return it.entry(it.key, it.m.typ.key, "Key") }

// Value returns the current entry's value.
func (it *MapIter) Value() Value { return it.entry(it.value, it.m.typ.elem, "Value") }

// Reset makes the iterator iterate over the map v from the start.
func (it *MapIter) Reset(v Value) {
	if v.IsValid() {
		v.mustBe(Map, "MapIter.Reset")
	}
	*it = MapIter{m: v}
}

// SetIterKey assigns the iterator's current key to v, which must be settable.
func (v Value) SetIterKey(it *MapIter) {
	v.Set(it.Key())
}

// SetIterValue assigns the iterator's current value to v, which must be settable.
func (v Value) SetIterValue(it *MapIter) {
	v.Set(it.Value())
}

// MakeMap returns a new empty map of type typ.
func MakeMap(typ Type) Value { return MakeMapWithSize(typ, 0) }

// MakeMapWithSize returns a new empty map of type typ with room for about n entries.
func MakeMapWithSize(typ Type, n int) Value {
	t := typ.common()
	if t.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	p := unsafeNew(t, 1)
	*asPointer(p) = makemap(t, n)
	return Value{typ: t, ptr: p}
}

// MakeChan returns a new channel of type typ with the given buffer size.
func MakeChan(typ Type, buffer int) Value {
	t := typ.common()
	if t.Kind() != Chan {
		panic("reflect.MakeChan of non-chan type")
	}
	if buffer < 0 {
		panic("reflect.MakeChan: negative buffer size")
	}
	if t.ChanDir() != BothDir {
		panic("reflect.MakeChan: unidirectional channel type")
	}
	p := unsafeNew(t, 1)
	*asPointer(p) = makechan(t.elem.size, t.elem.flags, buffer, t.elem.pointerMask)
	return Value{typ: t, ptr: p}
}

// Send sends x on the channel v.
func (v Value) Send(x Value) {
	v.mustBe(Chan, "Send")
	v.mustBeExported("Send")
	chansend(v.firstWord(), x.convertedFor(v.typ.elem, "reflect.Value.Send"))
}

// Recv receives a value from the channel v; ok is false if v is closed.
func (v Value) Recv() (x Value, ok bool) {
	v.mustBe(Chan, "Recv")
	v.mustBeExported("Recv")
	x = Value{typ: v.typ.elem, ptr: unsafeNew(v.typ.elem, 1)}
	ok = chanrecv(v.firstWord(), x.ptr) != 0
	return x, ok
}

// Close closes the channel v.
func (v Value) Close() {
	v.mustBe(Chan, "Close")
	v.mustBeExported("Close")
	closechan(v.firstWord())
}
