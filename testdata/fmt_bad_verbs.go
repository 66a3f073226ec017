// fmt's in-band error reports: missing and extra operands, wrong verbs, bad verbs.
package main

import "fmt"

func main() {
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 12)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Printf("%t\n", 5)
	fmt.Printf("%f\n", 5)
	fmt.Printf("%d\n", 2.5)
	fmt.Printf("%c %c\n", "s", true)
	fmt.Printf("%x %o\n", true, "s")
	fmt.Printf("no verbs\n", "extra", 3)
	s := fmt.Sprintf("%d|%s", 7)
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("%q", 3.5))
}
