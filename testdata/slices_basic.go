// Slices: literals, make, len/cap, sharing the backing array, nil slices, append and copy basics.
package main

import "fmt"

func show(name string, s []int) {
	fmt.Printf("%s len=%d cap=%d [", name, len(s), cap(s))
	for i, v := range s {
		if i > 0 {
			fmt.Print(" ")
		}
		fmt.Print(v)
	}
	fmt.Println("]")
}

func fill(s []int, v int) {
	for i := range s {
		s[i] = v
	}
}

func main() {
	var nilSlice []int
	show("nil", nilSlice)
	fmt.Println(nilSlice == nil, len(nilSlice))
	empty := []int{}
	show("empty", empty)
	fmt.Println(empty == nil)
	lit := []int{1, 2, 3, 4, 5}
	show("lit", lit)
	m := make([]int, 3)
	show("make3", m)
	m2 := make([]int, 2, 10)
	show("make2,10", m2)
	sub := lit[1:3]
	show("sub", sub)
	sub[0] = 20
	show("lit", lit)
	sub = append(sub, 30)
	show("sub+", sub)
	show("lit", lit)
	fill(lit[3:], 9)
	show("lit", lit)
	ext := m2[:5]
	show("ext", ext)
	nilSlice = append(nilSlice, 1, 2, 3)
	show("appended", nilSlice)
	more := []int{7, 8}
	nilSlice = append(nilSlice, more...)
	show("spread", nilSlice)
	strs := make([]string, 0, 2)
	strs = append(strs, "a", "b", "c")
	fmt.Println(len(strs), strs[0]+strs[1]+strs[2])
	idx := make([]int, 0)
	for i := 0; i < 5; i++ {
		idx = append(idx, i*i)
	}
	show("squares", idx)
	var total int
	for _, v := range idx {
		total += v
	}
	fmt.Println("total", total)
	fs := []float64{1.5, 2.5}
	fs[1] += fs[0]
	fmt.Println(fs[0], fs[1], len(fs))
	bs := []bool{true, false}
	fmt.Println(bs[0] && bs[1], bs[0] || bs[1])
	s2 := lit[:0]
	show("s2", s2)
	s2 = append(s2, 111)
	show("lit", lit)
	n := 4
	dyn := make([]byte, n, n*2)
	fmt.Println(len(dyn), cap(dyn), dyn[3])
}
