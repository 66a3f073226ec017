package sort

// Direct sorts of []int and []string, without interface calls. Equal ints
// (and equal strings) cannot be told apart, so these need not follow gc's
// sequence of swaps: an introsort (median-of-three quicksort, insertion
// sort for short ranges, heapsort when the recursion gets too deep)
// suffices. The two functions differ only in the element type.

const directInsertionMax = 12

func sortInts(x []int, a, b, depth int) {
	for b-a > directInsertionMax {
		if depth == 0 {
			heapSortInts(x[a:b])
			return
		}
		depth--
		m := int(uint(a+b) >> 1)
		// Order x[a], x[m], x[b-1]; the median, in x[m], is the pivot.
		if x[m] < x[a] {
			x[m], x[a] = x[a], x[m]
		}
		if x[b-1] < x[m] {
			x[b-1], x[m] = x[m], x[b-1]
			if x[m] < x[a] {
				x[m], x[a] = x[a], x[m]
			}
		}
		pivot := x[m]
		i, j := a, b-1
		for i <= j {
			for x[i] < pivot {
				i++
			}
			for pivot < x[j] {
				j--
			}
			if i <= j {
				x[i], x[j] = x[j], x[i]
				i++
				j--
			}
		}
		// Recurse into the smaller side, loop on the larger.
		if j-a < b-i {
			sortInts(x, a, j+1, depth)
			a = i
		} else {
			sortInts(x, i, b, depth)
			b = j + 1
		}
	}
	for i := a + 1; i < b; i++ {
		v := x[i]
		j := i
		for ; j > a && v < x[j-1]; j-- {
			x[j] = x[j-1]
		}
		x[j] = v
	}
}

func heapSortInts(x []int) {
	for i := len(x)/2 - 1; i >= 0; i-- {
		siftInts(x, i, len(x))
	}
	for end := len(x) - 1; end > 0; end-- {
		x[0], x[end] = x[end], x[0]
		siftInts(x, 0, end)
	}
}

func siftInts(x []int, root, end int) {
	for {
		child := 2*root + 1
		if child >= end {
			return
		}
		if child+1 < end && x[child] < x[child+1] {
			child++
		}
		if !(x[root] < x[child]) {
			return
		}
		x[root], x[child] = x[child], x[root]
		root = child
	}
}

func sortStrings(x []string, a, b, depth int) {
	for b-a > directInsertionMax {
		if depth == 0 {
			heapSortStrings(x[a:b])
			return
		}
		depth--
		m := int(uint(a+b) >> 1)
		if x[m] < x[a] {
			x[m], x[a] = x[a], x[m]
		}
		if x[b-1] < x[m] {
			x[b-1], x[m] = x[m], x[b-1]
			if x[m] < x[a] {
				x[m], x[a] = x[a], x[m]
			}
		}
		pivot := x[m]
		i, j := a, b-1
		for i <= j {
			for x[i] < pivot {
				i++
			}
			for pivot < x[j] {
				j--
			}
			if i <= j {
				x[i], x[j] = x[j], x[i]
				i++
				j--
			}
		}
		if j-a < b-i {
			sortStrings(x, a, j+1, depth)
			a = i
		} else {
			sortStrings(x, i, b, depth)
			b = j + 1
		}
	}
	for i := a + 1; i < b; i++ {
		v := x[i]
		j := i
		for ; j > a && v < x[j-1]; j-- {
			x[j] = x[j-1]
		}
		x[j] = v
	}
}

func heapSortStrings(x []string) {
	for i := len(x)/2 - 1; i >= 0; i-- {
		siftStrings(x, i, len(x))
	}
	for end := len(x) - 1; end > 0; end-- {
		x[0], x[end] = x[end], x[0]
		siftStrings(x, 0, end)
	}
}

func siftStrings(x []string, root, end int) {
	for {
		child := 2*root + 1
		if child >= end {
			return
		}
		if child+1 < end && x[child] < x[child+1] {
			child++
		}
		if !(x[root] < x[child]) {
			return
		}
		x[root], x[child] = x[child], x[root]
		root = child
	}
}
