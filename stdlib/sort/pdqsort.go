package sort

import "math/bits"

// Pattern-defeating quicksort (Orson Peters), as Go 1.19 runs it: the
// comparisons and swaps below happen in gc's order, which fixes where
// equal elements end up. Each step is a quicksort partition around a
// pivot chosen from a few samples, with these escapes: short ranges are
// insertion-sorted; a range that looks sorted is finished by a bounded
// insertion sort; samples in decreasing order reverse the range first;
// many equal elements are split off in one pass; and after too many
// unbalanced partitions (limit) the range is heap-sorted, bounding the
// time by n*log(n).

const (
	insertionMax      = 12 // ranges this short are insertion-sorted
	ninetherMin       = 50 // from this length the pivot is a median of medians
	maxSampleSwaps    = 4 * 3
	shiftStepsMax     = 5  // out-of-order pairs a near-sorted pass may fix
	shiftingLengthMin = 50 // shorter ranges are never near-sort-fixed
)

// Hints from the pivot samples about the order of the range.
const (
	orderUnknown = iota
	orderIncreasing
	orderDecreasing
)

func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// siftDown restores the max-heap rooted at root of the heap
// data[first+lo : first+hi], whose indexes are relative to first.
func siftDown(data Interface, root, hi, first int) {
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

func heapSort(data Interface, a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, i, n, a)
	}
	for i := n - 1; i >= 0; i-- {
		data.Swap(a, a+i)
		siftDown(data, 0, i, a)
	}
}

func pdqsort(data Interface, a, b, limit int) {
	balanced := true    // the previous partition was not too lopsided
	partitioned := true // the previous partition moved nothing
	for {
		n := b - a
		if n <= insertionMax {
			insertionSort(data, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, a, b)
			return
		}
		if !balanced {
			breakPatterns(data, a, b)
			limit--
		}
		pivot, order := choosePivot(data, a, b)
		if order == orderDecreasing {
			reverseRange(data, a, b)
			pivot = (b - 1) - (pivot - a)
			order = orderIncreasing
		}
		if balanced && partitioned && order == orderIncreasing && partialInsertionSort(data, a, b) {
			return
		}
		// If the element before the range is not less than the pivot, the
		// range holds nothing smaller: split off the elements equal to it.
		if a > 0 && !data.Less(a-1, pivot) {
			a = partitionEqual(data, a, b, pivot)
			continue
		}
		mid, moved := partition(data, a, b, pivot)
		partitioned = !moved
		left, right := mid-a, b-mid
		threshold := n / 8
		// Recurse into the smaller side, loop on the larger.
		if left < right {
			balanced = left >= threshold
			pdqsort(data, a, mid, limit)
			a = mid + 1
		} else {
			balanced = right >= threshold
			pdqsort(data, mid+1, b, limit)
			b = mid
		}
	}
}

// partition puts the pivot at a, moves the elements less than it before
// the ones not less, and puts it between them, at the index it returns;
// moved reports whether anything was out of place.
func partition(data Interface, a, b, pivot int) (mid int, moved bool) {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for i <= j && data.Less(i, a) {
		i++
	}
	for i <= j && !data.Less(j, a) {
		j--
	}
	if i > j {
		data.Swap(j, a)
		return j, false
	}
	data.Swap(i, j)
	i++
	j--
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && !data.Less(j, a) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(j, a)
	return j, true
}

// partitionEqual moves the elements equal to the pivot (none are smaller)
// before the greater ones and returns where the greater ones start.
func partitionEqual(data Interface, a, b, pivot int) int {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.Less(a, i) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i > j {
			return i
		}
		data.Swap(i, j)
		i++
		j--
	}
}

// partialInsertionSort fixes a few out-of-order pairs of a nearly sorted
// range and reports whether that left it sorted.
func partialInsertionSort(data Interface, a, b int) bool {
	i := a + 1
	for step := 0; step < shiftStepsMax; step++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shiftingLengthMin {
			return false
		}
		data.Swap(i, i-1)
		// Move the smaller element left and the greater right into place.
		if i-a >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b; j++ {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
	}
	return false
}

// breakPatterns swaps three elements in the middle of the range with
// pseudo-randomly chosen ones (a xorshift generator seeded with the
// length), to defeat inputs built to unbalance the partitions.
func breakPatterns(data Interface, a, b int) {
	n := b - a
	if n < 8 {
		return
	}
	state := uint64(n)
	mask := uint(1)<<uint(bits.Len(uint(n))) - 1
	for idx := a + (n/4)*2 - 1; idx <= a+(n/4)*2+1; idx++ {
		state ^= state << 13
		state ^= state >> 17
		state ^= state << 5
		other := int(uint(state) & mask)
		if other >= n {
			other -= n
		}
		data.Swap(idx, a+other)
	}
}

// choosePivot picks a pivot from samples at the quarter points (each the
// median of its neighbours when the range is long) and says what order
// the samples suggest: no swaps while ordering them means increasing, all
// of them decreasing.
func choosePivot(data Interface, a, b int) (pivot int, order int) {
	n := b - a
	swaps := 0
	i := a + n/4*1
	j := a + n/4*2
	k := a + n/4*3
	if n >= 8 {
		if n >= ninetherMin {
			i = medianOfThree(data, i-1, i, i+1, &swaps)
			j = medianOfThree(data, j-1, j, j+1, &swaps)
			k = medianOfThree(data, k-1, k, k+1, &swaps)
		}
		j = medianOfThree(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, orderIncreasing
	case maxSampleSwaps:
		return j, orderDecreasing
	}
	return j, orderUnknown
}

// ordered returns x and y in increasing order of their elements, counting
// a swap if they were not.
func ordered(data Interface, x, y int, swaps *int) (int, int) {
	if data.Less(y, x) {
		*swaps++
		return y, x
	}
	return x, y
}

// medianOfThree returns the index of the median element of x, y and z.
func medianOfThree(data Interface, x, y, z int, swaps *int) int {
	x, y = ordered(data, x, y, swaps)
	y, z = ordered(data, y, z, swaps)
	_, y = ordered(data, x, y, swaps)
	return y
}

func reverseRange(data Interface, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}
