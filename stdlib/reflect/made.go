package reflect

import (
	"strconv"
	"sync"
	"unsafe"
)

// Types made at run time: PointerTo of a type without a ptrTo link (a pointer
// type, or a type made here), SliceOf, MapOf, ArrayOf, ChanOf.
//
// A descriptor's address is its type's identity (interfaces, type switches, ==
// on Types), so a type the program names must come back as the compiler's own
// descriptor: typeLinks lists every unnamed composite descriptor the program's
// objects hold (codegen/descriptors.py, section minigo_typelinks), indexed by
// shape on first use. A type the program never names is built here once, as a Go
// heap object laid out as the compiler's, and remembered under the same shape, so
// SliceOf(t) == SliceOf(t).

// typeLinks lists the compiler's unnamed composite descriptors (duplicates possible).
func typeLinks() []*rtype

// shape is what identifies an unnamed composite type given its parts.
type shape struct {
	kind  Kind
	elem  *rtype
	key   *rtype // maps
	count int    // arrays: the length; chans: the direction
}

var madeTypes struct {
	sync.Mutex
	byShape map[shape]*rtype
}

// shapeOf is t's shape (t an unnamed pointer, slice, array, map or chan type).
func shapeOf(t *rtype) shape {
	s := shape{kind: t.Kind(), elem: t.elem}
	switch s.kind {
	case Map:
		s.key = t.key
	case Array:
		s.count = t.length
	case Chan:
		s.count = int(t.ChanDir())
	}
	return s
}

// typeOfShape returns the type of shape s: the program's own, one made before, or
// the one build makes now (under the lock: build must not call typeOfShape).
func typeOfShape(s shape, build func() *rtype) *rtype {
	madeTypes.Lock()
	defer madeTypes.Unlock()
	if madeTypes.byShape == nil {
		madeTypes.byShape = map[shape]*rtype{}
		for _, t := range typeLinks() {
			if t.flags&typeFlagNamed == 0 {
				madeTypes.byShape[shapeOf(t)] = t
			}
		}
	}
	if t, ok := madeTypes.byShape[s]; ok {
		return t
	}
	t := build()
	madeTypes.byShape[s] = t
	return t
}

// pointerType is *t.
func pointerType(t *rtype) *rtype {
	if t.ptrTo != nil {
		return t.ptrTo
	}
	return typeOfShape(shape{kind: Pointer, elem: t}, func() *rtype {
		return &rtype{size: wordSize, kind: int(Pointer), name: "*" + t.name, elem: t}
	})
}

// SliceOf returns the slice type with element type t.
func SliceOf(t Type) Type {
	elem := t.common()
	return typeOfShape(shape{kind: Slice, elem: elem}, func() *rtype {
		// a slice's one pointer is its first word: {stride 3 words, bits 0b1}
		mask := &[2]uint64{3, 1}
		return &rtype{size: 3 * wordSize, kind: int(Slice), name: "[]" + elem.name, elem: elem,
			pointerMask: (*byte)(unsafe.Pointer(mask))}
	})
}

// MapOf returns the map type with the given key and element types; it panics if
// the key type is not comparable.
func MapOf(key, elem Type) Type {
	k, e := key.common(), elem.common()
	if !k.Comparable() {
		panic("reflect.MapOf: invalid key type " + k.String())
	}
	return typeOfShape(shape{kind: Map, elem: e, key: k}, func() *rtype {
		return &rtype{size: wordSize, kind: int(Map), name: "map[" + k.name + "]" + e.name, elem: e, key: k}
	})
}

// ArrayOf returns the array type with the given length and element type; it
// panics if length is negative or the array would not fit in memory.
func ArrayOf(length int, elem Type) Type {
	e := elem.common()
	if length < 0 {
		panic("reflect: negative length passed to ArrayOf")
	}
	if e.size > 0 && length > (1<<48)/e.size {
		panic("reflect.ArrayOf: array size would exceed virtual address space")
	}
	slice := SliceOf(e).common() // Value.Slice of an array; before the lock, which SliceOf takes
	return typeOfShape(shape{kind: Array, elem: e, count: length}, func() *rtype {
		t := &rtype{size: length * e.size, kind: int(Array), name: "[" + strconv.Itoa(length) + "]" + e.name,
			elem: e, length: length, flags: e.flags & typeFlagNoPointers, extra: &typeExtra{slice: slice}}
		if length == 0 {
			t.flags = typeFlagNoPointers
		} else if t.flags&typeFlagNoPointers == 0 {
			t.pointerMask = e.pointerMask // repeated every element, as for any array
		}
		return t
	})
}

// ChanOf returns the channel type with the given direction and element type.
func ChanOf(dir ChanDir, t Type) Type {
	e := t.common()
	var name string
	flags := 0
	switch dir {
	case SendDir:
		name, flags = "chan<- "+e.name, typeFlagSendOnly
	case RecvDir:
		name, flags = "<-chan "+e.name, typeFlagRecvOnly
	case BothDir:
		name = "chan " + e.name
		if e.Kind() == Chan && e.ChanDir() == RecvDir {
			name = "chan (" + e.name + ")"
		}
	default:
		panic("reflect.ChanOf: invalid dir")
	}
	if e.size >= 1<<16 {
		panic("reflect.ChanOf: element size too large")
	}
	return typeOfShape(shape{kind: Chan, elem: e, count: int(dir)}, func() *rtype {
		return &rtype{size: wordSize, kind: int(Chan), name: name, elem: e, flags: flags}
	})
}
