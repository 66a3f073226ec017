// All three for forms, break and continue, labels, and loop variables.
package main

import "fmt"

func main() {
	for i := 0; i < 5; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println("n", n)
	count := 0
	for {
		count++
		if count == 7 {
			break
		}
	}
	fmt.Println("count", count)
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			continue
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	var k int
	for k = 10; k > 0; k -= 3 {
	}
	fmt.Println("k", k)
	sum := 0
	for i := 1; i <= 100; i++ {
		sum += i
	}
	fmt.Println("sum", sum)
	x := 0
	for x < 3 {
		x++
		if x == 2 {
			continue
		}
		fmt.Println("x", x)
	}
	i := 100
	for i := 0; i < 2; i++ {
		fmt.Println("inner i", i)
	}
	fmt.Println("outer i", i)
	total := 0
search:
	for a := 1; a < 20; a++ {
		for b := a; b < 20; b++ {
			for c := b; c < 30; c++ {
				if a*a+b*b == c*c {
					total++
					fmt.Println("triple", a, b, c)
					if total == 4 {
						break search
					}
				}
			}
		}
	}
	var u uint8
	steps := 0
	for u = 250; u != 4; u++ {
		steps++
	}
	fmt.Println("steps", steps)
	for ; steps > 0; steps /= 2 {
		fmt.Print(steps, " ")
	}
	fmt.Println()
	fl := 0.0
	for fl < 1 {
		fl += 0.25
	}
	fmt.Println(fl)
}
