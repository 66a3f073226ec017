// Slicing with two and three indices: length, capacity and what append may overwrite.
package main

import "fmt"

func info(label string, s []int) {
	fmt.Printf("%-8s len=%d cap=%d first=%d\n", label, len(s), cap(s), first(s))
}

func first(s []int) int {
	if len(s) == 0 {
		return -1
	}
	return s[0]
}

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	info("base", base)
	info("[2:5]", base[2:5])
	info("[2:5:7]", base[2:5:7])
	info("[:3:3]", base[:3:3])
	info("[5:]", base[5:])
	info("[:0]", base[:0])
	info("[10:]", base[10:])
	info("[3:3:3]", base[3:3:3])
	open := base[2:4]
	open = append(open, 100)
	fmt.Println("base[4] after append to open slice:", base[4])
	closed := base[2:4:4]
	closed = append(closed, 200)
	fmt.Println("base[4] after append to closed slice:", base[4], closed[2], cap(closed) >= 3)
	s := base[1:3]
	t := s[1:8]
	info("reslice", t)
	u := s[:cap(s)]
	info("to cap", u)
	lo, hi, max := 1, 4, 6
	v := base[lo:hi:max]
	info("vars", v)
	v = v[:max-lo]
	fmt.Println(v[4], len(v))
	arr := [6]string{"a", "b", "c", "d", "e", "f"}
	as := arr[1:3:5]
	fmt.Println(len(as), cap(as), as[0], as[1])
	as = append(as, "X")
	fmt.Println(arr[3])
	as = append(as, "Y", "Z")
	as[0] = "changed"
	fmt.Println(arr[1], as[0], len(as))
	str := "hello, world"
	fmt.Println(str[7:], str[:5], str[3:3] == "", str[0:len(str)])
	bs := []byte(str)
	part := bs[0:5:5]
	part = append(part, '!')
	fmt.Println(string(part), string(bs))
	pa := &arr
	ps := (*pa)[2:4]
	fmt.Println(ps[0], ps[1], len(ps), cap(ps))
}
