package atomic

// A Value holds one value at a time, loaded and stored atomically: a pointer to an
// immutable entry, replaced whole by compare-and-swap, so a Load sees one Store's
// value entire.

// Value provides an atomic load and store of a consistently typed value. Its zero
// value returns nil from Load. A Value must not be copied after first use.
type Value struct {
	current *entry
}

// entry is one stored value; a Value never changes an entry, only which one it holds.
type entry struct {
	value interface{}
}

// loadEntry, casEntry: atomic operations on a Value's pointer (BODYLESS_INTRINSICS).
func loadEntry(addr **entry) *entry
func casEntry(addr **entry, old, new *entry) bool

// sameType reports whether x and y hold values of one dynamic type (the runtime
// compares their type descriptors).
func sameType(x, y interface{}) bool

// Load returns the value set by the most recent Store, or nil if there has been none.
func (v *Value) Load() (val interface{}) {
	e := loadEntry(&v.current)
	if e == nil {
		return nil
	}
	return e.value
}

// Store sets the value of the Value v to val. All calls to Store for a given Value
// must use values of the same concrete type; storing nil panics.
func (v *Value) Store(val interface{}) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	v.exchange(val, "sync/atomic: store of inconsistently typed value into Value")
}

// Swap stores new into Value and returns the previous value, nil if it was empty.
func (v *Value) Swap(new interface{}) (old interface{}) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	return v.exchange(new, "sync/atomic: swap of inconsistently typed value into Value")
}

// exchange installs val and returns the value it replaced, panicking with
// inconsistent when val's type is not the held value's.
func (v *Value) exchange(val interface{}, inconsistent string) interface{} {
	next := &entry{val}
	for {
		previous := loadEntry(&v.current)
		if previous == nil {
			if casEntry(&v.current, nil, next) {
				return nil
			}
			continue
		}
		if !sameType(previous.value, val) {
			panic(inconsistent)
		}
		if casEntry(&v.current, previous, next) {
			return previous.value
		}
	}
}

// CompareAndSwap executes the compare-and-swap operation for the Value: new
// replaces the held value if that equals old. Comparing values of an
// uncomparable type panics, as == does.
func (v *Value) CompareAndSwap(old, new interface{}) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	next := &entry{new}
	for {
		current := loadEntry(&v.current)
		if current == nil {
			if old != nil {
				return false
			}
			if casEntry(&v.current, nil, next) {
				return true
			}
			continue
		}
		if !sameType(current.value, new) {
			panic("sync/atomic: compare and swap of inconsistently typed value into Value")
		}
		if current.value != old {
			return false
		}
		if casEntry(&v.current, current, next) {
			return true
		}
	}
}
