// Sorting algorithms written by hand: bubble, insertion, selection, quicksort, merge sort, on ints and strings.
package main

import "fmt"

func bubble(a []int) int {
	swaps := 0
	for i := 0; i < len(a); i++ {
		for j := 0; j < len(a)-1-i; j++ {
			if a[j] > a[j+1] {
				a[j], a[j+1] = a[j+1], a[j]
				swaps++
			}
		}
	}
	return swaps
}

func insertion(a []int) {
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i - 1
		for j >= 0 && a[j] > v {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = v
	}
}

func selection(a []string) {
	for i := range a {
		m := i
		for j := i + 1; j < len(a); j++ {
			if a[j] < a[m] {
				m = j
			}
		}
		a[i], a[m] = a[m], a[i]
	}
}

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
	pivot := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < pivot {
			i++
		}
		for a[j] > pivot {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func mergesort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	mid := len(a) / 2
	left := mergesort(append([]int(nil), a[:mid]...))
	right := mergesort(append([]int(nil), a[mid:]...))
	out := make([]int, 0, len(a))
	i, j := 0, 0
	for i < len(left) && j < len(right) {
		if left[i] <= right[j] {
			out = append(out, left[i])
			i++
		} else {
			out = append(out, right[j])
			j++
		}
	}
	out = append(out, left[i:]...)
	return append(out, right[j:]...)
}

func sorted(a []int) bool {
	for i := 1; i < len(a); i++ {
		if a[i-1] > a[i] {
			return false
		}
	}
	return true
}

func pseudoRandom(n int, seed uint32) []int {
	out := make([]int, n)
	for i := range out {
		seed = seed*1103515245 + 12345
		out[i] = int(seed>>16) % 1000
	}
	return out
}

func str(a []int) string {
	s := "["
	for i, v := range a {
		if i > 0 {
			s += " "
		}
		s += fmt.Sprint(v)
	}
	return s + "]"
}

func main() {
	data := []int{5, 2, 9, 1, 5, 6, -3, 0, 12, 7}
	a := append([]int(nil), data...)
	fmt.Println("bubble swaps:", bubble(a), str(a))
	b := append([]int(nil), data...)
	insertion(b)
	fmt.Println("insertion:", str(b))
	c := append([]int(nil), data...)
	quicksort(c)
	fmt.Println("quicksort:", str(c))
	fmt.Println("mergesort:", str(mergesort(data)), "original first:", data[0])
	words := []string{"pear", "Apple", "banana", "apple", "cherry", "", "Banana"}
	selection(words)
	for _, w := range words {
		fmt.Printf("%q ", w)
	}
	fmt.Println()
	big := pseudoRandom(2000, 7)
	q := append([]int(nil), big...)
	quicksort(q)
	m := mergesort(big)
	ins := append([]int(nil), big...)
	insertion(ins)
	same := true
	for i := range q {
		if q[i] != m[i] || q[i] != ins[i] {
			same = false
		}
	}
	fmt.Println(sorted(q), sorted(m), sorted(ins), same, q[0], q[999], q[1999])
}
