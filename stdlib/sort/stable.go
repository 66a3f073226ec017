package sort

// stableBlock is the length of the runs Stable insertion-sorts before
// merging them.
const stableBlock = 20

// stable sorts data[0:n] stably: insertion-sorted blocks, then merges of
// neighbouring runs of doubling length.
func stable(data Interface, n int) {
	a, b := 0, stableBlock
	for b <= n {
		insertionSort(data, a, b)
		a = b
		b += stableBlock
	}
	insertionSort(data, a, n)
	for size := stableBlock; size < n; size *= 2 {
		a, b = 0, 2*size
		for b <= n {
			symMerge(data, a, a+size, b)
			a = b
			b += 2 * size
		}
		if m := a + size; m < n {
			symMerge(data, a, m, n)
		}
	}
}

// symMerge merges the sorted runs data[a:m] and data[m:b] in place, with
// the SymMerge algorithm of Kim and Kutzner ("Stable Minimum Storage
// Merging by Symmetric Comparisons", ESA 2004): it finds the longest
// block around the middle that must be rotated, rotates it, and merges
// the two halves that result. Both runs must be non-empty.
func symMerge(data Interface, a, m, b int) {
	if m-a == 1 {
		// One element on the left: binary-search its place on the right
		// (after equal elements, for stability) and bubble it there.
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if data.Less(h, a) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		// One element on the right: its place on the left is before the
		// first greater element.
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !data.Less(m, h) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start = n - b
		r = mid
	} else {
		start = a
		r = m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b)
	}
}

// rotate turns the blocks data[a:m] data[m:b] into data[m:b] data[a:m]
// with at most b-a swaps, by repeatedly swapping the shorter block with
// the matching end of the longer one. Both blocks must be non-empty.
func rotate(data Interface, a, m, b int) {
	i := m - a
	j := b - m
	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, m-i, m, i)
}

func swapRange(data Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}
