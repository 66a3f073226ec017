// Binary search variants over sorted slices: exact, lower bound, upper bound, and integer square root.
package main

import "fmt"

func search(a []int, x int) int {
	lo, hi := 0, len(a)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case a[mid] == x:
			return mid
		case a[mid] < x:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}

func lowerBound(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func upperBound(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := (lo + hi) / 2
		if a[mid] <= x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func isqrt(n uint64) uint64 {
	lo, hi := uint64(0), uint64(1)<<32
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		if mid*mid <= n && mid <= 4294967295 {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func searchStrings(a []string, x string) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := (lo + hi) / 2
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(a) && a[lo] == x {
		return lo
	}
	return -1
}

func main() {
	a := []int{1, 3, 3, 3, 5, 8, 13, 21, 21, 34}
	for _, x := range []int{0, 1, 3, 4, 21, 34, 35} {
		fmt.Printf("x=%2d found=%2d lower=%2d upper=%2d count=%d\n", x, search(a, x), lowerBound(a, x), upperBound(a, x), upperBound(a, x)-lowerBound(a, x))
	}
	fmt.Println(search(nil, 5), lowerBound([]int{}, 5))
	for _, n := range []uint64{0, 1, 15, 16, 17, 1 << 40, 999999999999, 18446744073709551615} {
		fmt.Print(isqrt(n), " ")
	}
	fmt.Println()
	big := make([]int, 100000)
	for i := range big {
		big[i] = i * 3
	}
	hits := 0
	for x := 0; x < 300000; x += 7 {
		if search(big, x) >= 0 {
			hits++
		}
	}
	fmt.Println("hits", hits)
	names := []string{"ada", "alan", "barbara", "dennis", "grace", "ken", "linus"}
	fmt.Println(searchStrings(names, "grace"), searchStrings(names, "bob"), searchStrings(names, "linus"))
}
