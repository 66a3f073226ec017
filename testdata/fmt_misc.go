// fmt helpers: Sprint spacing rules, Sprintln, %T, %t, %%, and argument count mistakes.
package main

import "fmt"

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, false))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("x", 1, "y"))
	fmt.Println(fmt.Sprint(true, false))
	fmt.Println(fmt.Sprint(1.5, 2, "s", 'r'))
	fmt.Print("p", 1, 2, "q", "\n")
	ln := fmt.Sprintln("a", 1, true)
	fmt.Printf("%q\n", ln)
	fmt.Printf("%q\n", fmt.Sprintln())
	fmt.Printf("%T %T %T %T %T %T %T\n", 1, 1.5, "s", true, 'r', byte(1), uint(1))
	fmt.Printf("%T %T %T %T %T %T\n", int8(1), int16(1), int32(1), int64(1), float32(1), uint64(1))
	fmt.Printf("%T %T %T\n", uint8(1), uint16(1), uint32(1))
	fmt.Printf("%t %t\n", true, 1 > 2)
	fmt.Printf("100%%\n")
	fmt.Printf("%v %v %v %v\n", 1, "two", 3.0, true)
	n, err := fmt.Printf("%s\n", "count me")
	fmt.Println(n, err)
	s := fmt.Sprintf("%5.1f%%", 99.44)
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("%d-%s", 7, "x") + fmt.Sprint("!"))
}
