// Roman numerals both ways, using parallel arrays and a switch on bytes.
package main

import "fmt"

var values = [...]int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
var symbols = [...]string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}

func toRoman(n int) string {
	out := ""
	for i, v := range values {
		for n >= v {
			out += symbols[i]
			n -= v
		}
	}
	return out
}

func digit(c byte) int {
	switch c {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	case 'L':
		return 50
	case 'C':
		return 100
	case 'D':
		return 500
	case 'M':
		return 1000
	}
	return 0
}

func fromRoman(s string) int {
	total := 0
	for i := 0; i < len(s); i++ {
		v := digit(s[i])
		if i+1 < len(s) && v < digit(s[i+1]) {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666} {
		r := toRoman(n)
		fmt.Printf("%4d %-15s %d\n", n, r, fromRoman(r))
	}
	ok := true
	longest, at := 0, 0
	for n := 1; n < 4000; n++ {
		r := toRoman(n)
		if fromRoman(r) != n {
			ok = false
		}
		if len(r) > longest {
			longest, at = len(r), n
		}
	}
	fmt.Println("round trip ok:", ok, "longest:", longest, "at", at, toRoman(at))
}
