package sort

// Search returns the smallest index i in [0, n) at which f(i) is true,
// or n if there is none, assuming f is false then true over [0, n). It
// calls f only with indexes in [0, n), about log2(n) times.
func Search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if !f(h) {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// Find returns the smallest index i in [0, n) at which cmp(i) <= 0 (n if
// none) and whether cmp(i) == 0 there, assuming cmp is positive, then
// zero, then negative over [0, n).
func Find(n int, cmp func(int) int) (i int, found bool) {
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if cmp(h) > 0 {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo, lo < n && cmp(lo) == 0
}

// SearchInts returns the index at which x is, or would be inserted, in
// the sorted slice a.
func SearchInts(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if a[h] < x {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// SearchFloat64s returns the index at which x is, or would be inserted,
// in the sorted slice a.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings returns the index at which x is, or would be inserted, in
// the sorted slice a.
func SearchStrings(a []string, x string) int {
	lo, hi := 0, len(a)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if a[h] < x {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}
