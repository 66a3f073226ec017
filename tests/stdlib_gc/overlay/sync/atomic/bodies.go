// The bodies minigo's compiler gives stdlib/sync/atomic's functions (one atomic
// instruction each), written over Go's own sync/atomic for the check with gc
// (tests/stdlib_gc.py).

package atomic

import (
	"reflect"
	goatomic "sync/atomic"
	"unsafe"
)

func AddInt32(addr *int32, delta int32) int32 { return goatomic.AddInt32(addr, delta) }
func LoadInt32(addr *int32) int32             { return goatomic.LoadInt32(addr) }
func StoreInt32(addr *int32, val int32)       { goatomic.StoreInt32(addr, val) }
func SwapInt32(addr *int32, new int32) int32  { return goatomic.SwapInt32(addr, new) }
func CompareAndSwapInt32(addr *int32, old, new int32) bool {
	return goatomic.CompareAndSwapInt32(addr, old, new)
}

func AddInt64(addr *int64, delta int64) int64 { return goatomic.AddInt64(addr, delta) }
func LoadInt64(addr *int64) int64             { return goatomic.LoadInt64(addr) }
func StoreInt64(addr *int64, val int64)       { goatomic.StoreInt64(addr, val) }
func SwapInt64(addr *int64, new int64) int64  { return goatomic.SwapInt64(addr, new) }
func CompareAndSwapInt64(addr *int64, old, new int64) bool {
	return goatomic.CompareAndSwapInt64(addr, old, new)
}

func AddUint32(addr *uint32, delta uint32) uint32 { return goatomic.AddUint32(addr, delta) }
func LoadUint32(addr *uint32) uint32              { return goatomic.LoadUint32(addr) }
func StoreUint32(addr *uint32, val uint32)        { goatomic.StoreUint32(addr, val) }
func SwapUint32(addr *uint32, new uint32) uint32  { return goatomic.SwapUint32(addr, new) }
func CompareAndSwapUint32(addr *uint32, old, new uint32) bool {
	return goatomic.CompareAndSwapUint32(addr, old, new)
}

func AddUint64(addr *uint64, delta uint64) uint64 { return goatomic.AddUint64(addr, delta) }
func LoadUint64(addr *uint64) uint64              { return goatomic.LoadUint64(addr) }
func StoreUint64(addr *uint64, val uint64)        { goatomic.StoreUint64(addr, val) }
func SwapUint64(addr *uint64, new uint64) uint64  { return goatomic.SwapUint64(addr, new) }
func CompareAndSwapUint64(addr *uint64, old, new uint64) bool {
	return goatomic.CompareAndSwapUint64(addr, old, new)
}

func AddUintptr(addr *uintptr, delta uintptr) uintptr { return goatomic.AddUintptr(addr, delta) }
func LoadUintptr(addr *uintptr) uintptr               { return goatomic.LoadUintptr(addr) }
func StoreUintptr(addr *uintptr, val uintptr)         { goatomic.StoreUintptr(addr, val) }
func SwapUintptr(addr *uintptr, new uintptr) uintptr  { return goatomic.SwapUintptr(addr, new) }
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) bool {
	return goatomic.CompareAndSwapUintptr(addr, old, new)
}

func loadEntry(addr **entry) *entry {
	return (*entry)(goatomic.LoadPointer((*unsafe.Pointer)(unsafe.Pointer(addr))))
}

func casEntry(addr **entry, old, new *entry) bool {
	return goatomic.CompareAndSwapPointer((*unsafe.Pointer)(unsafe.Pointer(addr)),
		unsafe.Pointer(old), unsafe.Pointer(new))
}

func sameType(x, y interface{}) bool { return reflect.TypeOf(x) == reflect.TypeOf(y) }

func LoadPointer(addr *unsafe.Pointer) unsafe.Pointer       { return goatomic.LoadPointer(addr) }
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer) { goatomic.StorePointer(addr, val) }
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) unsafe.Pointer {
	return goatomic.SwapPointer(addr, new)
}
func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) bool {
	return goatomic.CompareAndSwapPointer(addr, old, new)
}
