// append growth: when capacity changes for different element sizes, and aliasing after growth.
package main

import "fmt"

type triple struct{ a, b, c int64 }

func main() {
	var ints []int
	last := -1
	for i := 0; i < 2000; i++ {
		ints = append(ints, i)
		if cap(ints) != last {
			fmt.Print(cap(ints), " ")
			last = cap(ints)
		}
	}
	fmt.Println()
	var bytes []byte
	last = -1
	for i := 0; i < 3000; i++ {
		bytes = append(bytes, byte(i))
		if cap(bytes) != last {
			fmt.Print(cap(bytes), " ")
			last = cap(bytes)
		}
	}
	fmt.Println()
	var ts []triple
	last = -1
	for i := 0; i < 600; i++ {
		ts = append(ts, triple{int64(i), 0, 0})
		if cap(ts) != last {
			fmt.Print(cap(ts), " ")
			last = cap(ts)
		}
	}
	fmt.Println()
	var strs []string
	last = -1
	for i := 0; i < 300; i++ {
		strs = append(strs, "s")
		if cap(strs) != last {
			fmt.Print(cap(strs), " ")
			last = cap(strs)
		}
	}
	fmt.Println()
	a := make([]int, 3, 4)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(b[3], c[3], cap(a), cap(b))
	d := append(b, 5)
	d[0] = 99
	fmt.Println(b[0], d[0], len(d), cap(d))
	e := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(e), cap(e))
	f := append([]byte("hello"), " world, how are you"...)
	fmt.Println(len(f), cap(f), string(f))
	g := append(make([]int, 5), make([]int, 7)...)
	fmt.Println(len(g), cap(g))
	h := append([]int(nil), 1)
	fmt.Println(len(h), cap(h))
	s := make([]int, 0, 1)
	prev := cap(s)
	grew := 0
	for i := 0; i < 100000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			grew++
			prev = cap(s)
		}
	}
	fmt.Println(len(s), cap(s), grew, s[99999])
}
