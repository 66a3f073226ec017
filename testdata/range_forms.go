// range over slices, arrays and strings, with one, two or no variables.
package main

import "fmt"

func main() {
	s := []string{"zero", "one", "two"}
	for i := range s {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, v := range s {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	for _, v := range s {
		fmt.Print(v, " ")
	}
	fmt.Println()
	n := 0
	for range s {
		n++
	}
	fmt.Println("n", n)
	nums := []int{1, 2, 3}
	for i, v := range nums {
		if i == 0 {
			nums = append(nums, 100)
			nums[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(nums))
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 99
		if i == 2 {
			fmt.Println("range copy of array:", v)
		}
	}
	sl := arr[:]
	for i, v := range sl {
		sl[2] = 77
		if i == 2 {
			fmt.Println("range over slice sees update:", v)
		}
	}
	for i, c := range "añb" {
		fmt.Print(i, ":", string(c), " ")
	}
	fmt.Println()
	var i int
	var v string
	for i, v = range s {
	}
	fmt.Println("after loop", i, v)
	matrix := [][]int{{1, 2}, {3, 4}, {5, 6}}
	total := 0
	for _, row := range matrix {
		for _, x := range row {
			total += x
		}
	}
	fmt.Println("total", total)
	var nilS []int
	for range nilS {
		fmt.Println("never")
	}
	for idx := range [5]struct{}{} {
		fmt.Print(idx)
	}
	fmt.Println()
	words := []string{"a", "bb", "ccc"}
	for _, w := range words {
		w += "!"
		fmt.Print(w)
	}
	fmt.Println(words[0])
	bs := []byte("abc")
	for i := range bs {
		bs[i] -= 32
	}
	fmt.Println(string(bs))
	for i, b := range []byte("hé") {
		fmt.Print(i, ":", b, " ")
	}
	fmt.Println()
}
