// sort: Sort/Slice (unstable: the order of equal elements must be gc's), Stable/SliceStable,
// Ints/Strings/Float64s (NaN, -0), Reverse, IsSorted, Search*, Find, and sort.Slice's panic on a
// non-slice.
package main

import (
	"fmt"
	"math"
	"sort"
)

type item struct {
	key, id int
}

type byKey []item

func (s byKey) Len() int           { return len(s) }
func (s byKey) Less(i, j int) bool { return s[i].key < s[j].key }
func (s byKey) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// counting wraps an Interface and counts the calls, which gc's algorithm fixes.
type counting struct {
	sort.Interface
	less, swaps int
}

func (c *counting) Less(i, j int) bool { c.less++; return c.Interface.Less(i, j) }
func (c *counting) Swap(i, j int)      { c.swaps++; c.Interface.Swap(i, j) }

var seed uint32 = 12345

func random(n int) int {
	seed = seed*1664525 + 1013904223
	return int(seed>>8) % n
}

func makeItems(n, keys int, shape string) []item {
	items := make([]item, n)
	for i := range items {
		k := random(keys)
		switch shape {
		case "sorted":
			k = i * keys / n
		case "reversed":
			k = (n - i) * keys / n
		case "organ":
			if i < n/2 {
				k = i
			} else {
				k = n - i
			}
		case "sawtooth":
			k = i % 17
		case "almost":
			k = i
			if i%50 == 7 {
				k = i + 3
			}
		}
		items[i] = item{k, i}
	}
	return items
}

func digest(items []item) uint64 {
	var h uint64
	for _, it := range items {
		h = h*1000003 + uint64(it.key)*7919 + uint64(it.id)
	}
	return h
}

func main() {
	for _, n := range []int{0, 1, 2, 5, 12, 13, 20, 49, 50, 51, 100, 1000, 10000} {
		for _, shape := range []string{"random", "sorted", "reversed", "organ", "sawtooth", "almost"} {
			for _, keys := range []int{3, 1000000} {
				a := makeItems(n, keys, shape)
				b := append([]item(nil), a...)
				c := append([]item(nil), a...)
				d := append([]item(nil), a...)
				counted := &counting{Interface: byKey(a)}
				sort.Sort(counted)
				sort.Slice(b, func(i, j int) bool { return b[i].key < b[j].key })
				sort.Stable(byKey(c))
				sort.SliceStable(d, func(i, j int) bool { return d[i].key < d[j].key })
				fmt.Printf("%d %s %d: sort %d (%d less, %d swaps) slice %d stable %d %d sorted %v %v\n",
					n, shape, keys, digest(a), counted.less, counted.swaps, digest(b), digest(c), digest(d),
					sort.IsSorted(byKey(a)), sort.SliceIsSorted(b, func(i, j int) bool { return b[i].key < b[j].key }))
				if n == 20 && keys == 3 {
					fmt.Println(a)
				}
			}
		}
	}
	ints := []int{5, -2, 9, 0, 5, 1 << 40, -1 << 40, 3}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 5), sort.SearchInts(ints, 4),
		sort.SearchInts(ints, 1<<41), sort.IntSlice(ints).Search(-1<<40))
	big := make([]int, 200000)
	for i := range big {
		big[i] = random(1000)
	}
	sort.Ints(big)
	fmt.Println(sort.IntsAreSorted(big), big[0], big[len(big)/2], big[len(big)-1])
	for i := range big {
		big[i] = len(big) - i
	}
	sort.Ints(big)
	fmt.Println(sort.IntsAreSorted(big), big[0], big[len(big)-1])
	strs := []string{"pear", "apple", "", "Zebra", "apple", "日本", "äpfel", "a"}
	sort.Strings(strs)
	fmt.Printf("%q %v %d %d\n", strs, sort.StringsAreSorted(strs), sort.SearchStrings(strs, "apple"),
		sort.StringSlice(strs).Search("b"))
	floats := []float64{2.5, math.NaN(), -1, math.Inf(1), 0, math.Copysign(0, -1), math.NaN(), math.Inf(-1), 2.5}
	sort.Float64s(floats)
	fmt.Println(floats, sort.Float64sAreSorted(floats), sort.SearchFloat64s(floats, 2.5),
		sort.Float64Slice(floats).Search(0))
	zeros := []float64{0, math.Copysign(0, -1), 0, math.Copysign(0, -1), 1, math.Copysign(0, -1), 0,
		0, math.Copysign(0, -1), 0, math.Copysign(0, -1), 0, 0, math.Copysign(0, -1), -1}
	sort.Float64s(zeros)
	fmt.Println(zeros)
	r := []int{3, 1, 2, 5, 4}
	sort.Sort(sort.Reverse(sort.IntSlice(r)))
	fmt.Println(r, sort.IsSorted(sort.Reverse(sort.IntSlice(r))))
	sort.IntSlice(r).Sort()
	sort.StringSlice(strs).Sort()
	sort.Float64Slice(floats).Sort()
	fmt.Println(r)
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }), sort.Search(0, nil),
		sort.Search(10, func(int) bool { return false }))
	for _, target := range []string{"apple", "b", "pear", "zzz", ""} {
		i, found := sort.Find(len(strs), func(i int) int {
			switch {
			case target < strs[i]:
				return -1
			case target > strs[i]:
				return 1
			}
			return 0
		})
		fmt.Print(i, found, " ")
	}
	fmt.Println()
	for _, x := range []interface{}{42, "string", nil, [3]int{}} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			sort.Slice(x, func(i, j int) bool { return false })
		}()
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(sort.SliceIsSorted(7, func(i, j int) bool { return false }))
	}()
	words := []string{"b", "a", "c"}
	sort.Slice(words, func(i, j int) bool { return words[i] < words[j] })
	arr := [][2]int{{2, 1}, {1, 2}, {2, 0}, {1, 1}}
	sort.SliceStable(arr, func(i, j int) bool { return arr[i][0] < arr[j][0] })
	fmt.Println(words, arr)
}
