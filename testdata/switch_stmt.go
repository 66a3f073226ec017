// switch: expression and tagless forms, lists, default placement, fallthrough, break and init.
package main

import "fmt"

func kind(c byte) string {
	switch {
	case c >= '0' && c <= '9':
		return "digit"
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		return "letter"
	case c == ' ' || c == '\t':
		return "space"
	}
	return "other"
}

func dayName(d int) string {
	switch d {
	default:
		return "weekday"
	case 0, 6:
		return "weekend"
	}
}

func fall(n int) {
	switch n {
	case 0:
		fmt.Print("zero ")
		fallthrough
	case 1:
		fmt.Print("one ")
		fallthrough
	case 2:
		fmt.Print("two ")
	case 3:
		fmt.Print("three ")
		fallthrough
	default:
		fmt.Print("default ")
	}
	fmt.Println()
}

func calls(label string, v int) int {
	fmt.Print("eval ", label, " ")
	return v
}

func main() {
	for _, c := range []byte("a1 ?Z") {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()
	for d := 0; d < 7; d++ {
		fmt.Print(dayName(d), " ")
	}
	fmt.Println()
	for n := 0; n < 5; n++ {
		fall(n)
	}
	switch x := 5; x * 2 {
	case 5:
		fmt.Println("five")
	case 10:
		fmt.Println("ten")
	}
	switch calls("tag", 2) {
	case calls("a", 1), calls("b", 2), calls("c", 3):
		fmt.Println("matched")
	case calls("d", 2):
		fmt.Println("not reached")
	}
	for i := 0; i < 5; i++ {
		switch {
		case i == 1:
			continue
		case i == 3:
			break
		default:
			fmt.Print("i=", i, " ")
		}
		fmt.Print("after ", i, "; ")
	}
	fmt.Println()
loop:
	for i := 0; ; i++ {
		switch i {
		case 4:
			break loop
		}
		fmt.Print(i)
	}
	fmt.Println()
	s := "go"
	switch s + "lang" {
	case "golang":
		fmt.Println("string switch")
	}
	switch {
	}
	var f float64 = 2.5
	switch f {
	case 2.5:
		fmt.Println("float case")
	}
	switch t := true; t {
	case false:
		fmt.Println("false")
	case true:
		fmt.Println("true")
	}
	switch y := 3; {
	case y > 2:
		fmt.Println("y > 2")
		fallthrough
	case y > 100:
		fmt.Println("fell into y > 100")
	}
}
