// strconv.Itoa and strconv.Atoi, including every kind of Atoi error.
package main

import (
	"fmt"
	"strconv"
)

func parse(s string) {
	n, err := strconv.Atoi(s)
	if err != nil {
		fmt.Println("error:", err)
		fmt.Println("value on error:", n)
		return
	}
	fmt.Printf("parsed %q -> %d\n", s, n)
}

func main() {
	inputs := []string{
		"0", "42", "-42", "+17", "007", "9223372036854775807", "-9223372036854775808",
		"9223372036854775808", "-9223372036854775809", "99999999999999999999999",
		"", "abc", "12a", " 12", "12 ", "-", "+", "1_000", "0x10", "３", "--1", "1e3",
	}
	for _, s := range inputs {
		parse(s)
	}
	for _, n := range []int{0, 1, -1, 10, -100, 123456789, -9223372036854775808} {
		s := strconv.Itoa(n)
		fmt.Printf("%s %d|", s, len(s))
	}
	fmt.Println()
	sum := 0
	for i := 1; i <= 10; i++ {
		v, err := strconv.Atoi(strconv.Itoa(i * i))
		if err == nil {
			sum += v
		}
	}
	fmt.Println("sum of squares:", sum)
	n, err := strconv.Atoi("bad")
	if err != nil {
		fmt.Printf("%v\n", err)
		fmt.Println(err != nil, n == 0)
		msg := fmt.Sprint("wrapped: ", err)
		fmt.Println(msg)
	}
}
