// Permutations and combinations by recursion over slices, plus next-permutation in lexicographic order.
package main

import "fmt"

var count int

func permute(a []rune, k int, out *[]string) {
	if k == len(a) {
		*out = append(*out, string(a))
		return
	}
	for i := k; i < len(a); i++ {
		a[k], a[i] = a[i], a[k]
		permute(a, k+1, out)
		a[k], a[i] = a[i], a[k]
	}
}

func combinations(n, k, start int, cur []int) {
	if len(cur) == k {
		count++
		if count <= 5 {
			fmt.Print("{")
			for i, v := range cur {
				if i > 0 {
					fmt.Print(",")
				}
				fmt.Print(v)
			}
			fmt.Print("} ")
		}
		return
	}
	for i := start; i <= n; i++ {
		combinations(n, k, i+1, append(cur, i))
	}
}

func nextPermutation(a []int) bool {
	i := len(a) - 2
	for i >= 0 && a[i] >= a[i+1] {
		i--
	}
	if i < 0 {
		return false
	}
	j := len(a) - 1
	for a[j] <= a[i] {
		j--
	}
	a[i], a[j] = a[j], a[i]
	for l, r := i+1, len(a)-1; l < r; l, r = l+1, r-1 {
		a[l], a[r] = a[r], a[l]
	}
	return true
}

func main() {
	var perms []string
	permute([]rune("abc"), 0, &perms)
	for _, p := range perms {
		fmt.Print(p, " ")
	}
	fmt.Println(len(perms))
	perms = perms[:0]
	permute([]rune("αβγδ"), 0, &perms)
	fmt.Println(len(perms), perms[0], perms[23])
	combinations(6, 3, 1, nil)
	fmt.Println("total", count)
	a := []int{1, 2, 2, 3}
	n := 1
	for nextPermutation(a) {
		n++
		if n <= 4 || n == 12 {
			fmt.Println(n, a[0], a[1], a[2], a[3])
		}
	}
	fmt.Println("distinct permutations:", n)
	b := make([]int, 8)
	for i := range b {
		b[i] = i
	}
	steps := 0
	for nextPermutation(b) {
		steps++
	}
	fmt.Println("8! - 1 =", steps)
}
