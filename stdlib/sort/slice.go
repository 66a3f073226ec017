package sort

import (
	"math/bits"
	"reflect"
)

// funcSorter adapts a less function and a swapper to Interface, so that
// Slice runs the same algorithm as Sort.
type funcSorter struct {
	n    int
	less func(i, j int) bool
	swap func(i, j int)
}

func (f *funcSorter) Len() int           { return f.n }
func (f *funcSorter) Less(i, j int) bool { return f.less(i, j) }
func (f *funcSorter) Swap(i, j int)      { f.swap(i, j) }

// Slice sorts the slice x in increasing order of less, which compares the
// elements at two indexes. It is not stable. It panics if x is not a
// slice.
func Slice(x interface{}, less func(i, j int) bool) {
	swap := reflect.Swapper(x)
	n := length(x)
	pdqsort(&funcSorter{n, less, swap}, 0, n, bits.Len(uint(n)))
}

// SliceStable sorts the slice x in increasing order of less, keeping
// equal elements in their original order. It panics if x is not a slice.
func SliceStable(x interface{}, less func(i, j int) bool) {
	swap := reflect.Swapper(x)
	n := length(x)
	stable(&funcSorter{n, less, swap}, n)
}

// SliceIsSorted reports whether the slice x is sorted by less. It panics
// if x is not a slice.
func SliceIsSorted(x interface{}, less func(i, j int) bool) bool {
	for i := length(x) - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// length is len of the slice (or array, string, map, channel) x holds. Like
// gc's (internal/reflectlite's Len), it panics for a pointer, even to an array.
func length(x interface{}) int {
	v := reflect.ValueOf(x)
	if v.Kind() == reflect.Pointer {
		panic(&reflect.ValueError{Method: "reflect.Value.Len", Kind: v.Kind()})
	}
	return v.Len()
}
