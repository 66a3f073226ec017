// Package sort sorts slices and user-defined collections and searches
// sorted ones.
//
// Sort and Slice use pattern-defeating quicksort in the form Go 1.19 uses,
// step for step: for elements that compare equal but differ, which one
// comes first depends on the exact sequence of comparisons and swaps, and
// programs print such orders, so ours must be gc's. Stable and SliceStable
// merge insertion-sorted blocks in place (SymMerge). Ints and Strings, whose
// equal elements cannot be told apart, use a direct sort of the slice
// without interface calls, the fast path for the common case.
package sort

import "math/bits"

// Interface is a collection that can be sorted by index: its length,
// whether element i must sort before element j, and swapping them.
type Interface interface {
	// Len is the number of elements.
	Len() int
	// Less reports whether element i must sort before element j. It must
	// be a strict weak ordering.
	Less(i, j int) bool
	// Swap swaps elements i and j.
	Swap(i, j int)
}

// Sort sorts data in increasing order of Less. It is not stable; the
// order of equal elements is the one gc's sort gives. It makes
// O(n*log(n)) calls to Less and Swap.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(data, 0, n, bits.Len(uint(n)))
}

// Stable sorts data in increasing order of Less, keeping equal elements in
// their original order.
func Stable(data Interface) {
	stable(data, data.Len())
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// reverse inverts the order of an Interface.
type reverse struct {
	Interface
}

// Less reports whether j sorts before i in the embedded order.
func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse returns data ordered the other way round.
func Reverse(data Interface) Interface { return &reverse{data} }

// IntSlice sorts a []int in increasing order.
type IntSlice []int

// Len is the number of elements.
func (x IntSlice) Len() int { return len(x) }

// Less reports whether x[i] < x[j].
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }

// Swap swaps x[i] and x[j].
func (x IntSlice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

// Sort sorts x in increasing order.
func (x IntSlice) Sort() { Ints(x) }

// Search returns SearchInts(x, v).
func (x IntSlice) Search(v int) int { return SearchInts(x, v) }

// Float64Slice sorts a []float64 in increasing order, NaNs first.
type Float64Slice []float64

// Len is the number of elements.
func (x Float64Slice) Len() int { return len(x) }

// Less reports whether x[i] < x[j], a NaN being less than any number.
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])
}

// Swap swaps x[i] and x[j].
func (x Float64Slice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

// Sort sorts x in increasing order, NaNs first.
func (x Float64Slice) Sort() { Sort(x) }

// Search returns SearchFloat64s(x, v).
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

// StringSlice sorts a []string in increasing order.
type StringSlice []string

// Len is the number of elements.
func (x StringSlice) Len() int { return len(x) }

// Less reports whether x[i] < x[j].
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }

// Swap swaps x[i] and x[j].
func (x StringSlice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

// Sort sorts x in increasing order.
func (x StringSlice) Sort() { Strings(x) }

// Search returns SearchStrings(x, v).
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

// Ints sorts x in increasing order.
func Ints(x []int) { sortInts(x, 0, len(x), 2*bits.Len(uint(len(x)))) }

// Float64s sorts x in increasing order, NaNs first.
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// Strings sorts x in increasing order.
func Strings(x []string) { sortStrings(x, 0, len(x), 2*bits.Len(uint(len(x)))) }

// IntsAreSorted reports whether x is sorted in increasing order.
func IntsAreSorted(x []int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// Float64sAreSorted reports whether x is sorted in increasing order, NaNs
// first.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// StringsAreSorted reports whether x is sorted in increasing order.
func StringsAreSorted(x []string) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}
