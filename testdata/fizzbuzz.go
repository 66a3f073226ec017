// FizzBuzz three ways: switch, string building, and a table of divisors.
package main

import (
	"fmt"
	"strconv"
)

type rule struct {
	div  int
	word string
}

func main() {
	for i := 1; i <= 20; i++ {
		switch {
		case i%15 == 0:
			fmt.Println("FizzBuzz")
		case i%3 == 0:
			fmt.Println("Fizz")
		case i%5 == 0:
			fmt.Println("Buzz")
		default:
			fmt.Println(i)
		}
	}
	rules := []rule{{3, "Fizz"}, {5, "Buzz"}, {7, "Bazz"}}
	line := ""
	for i := 95; i <= 110; i++ {
		s := ""
		for _, r := range rules {
			if i%r.div == 0 {
				s += r.word
			}
		}
		if s == "" {
			s = strconv.Itoa(i)
		}
		line += s + " "
	}
	fmt.Println(line)
	counts := [4]int{}
	for i := 1; i <= 1000; i++ {
		k := 0
		if i%3 == 0 {
			k |= 1
		}
		if i%5 == 0 {
			k |= 2
		}
		counts[k]++
	}
	fmt.Printf("numbers=%d fizz=%d buzz=%d fizzbuzz=%d\n", counts[0], counts[1], counts[2], counts[3])
}
