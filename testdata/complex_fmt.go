package main

import "fmt"

type C complex128

func main() {
	vals := []interface{}{1 + 2i, complex64(-1.5 - 0.25i), C(3i), []complex64{1, 2i}, map[complex64]bool{1: true, -1i: false, 2: true}, struct{ Z complex128 }{4 - 4i}}
	for _, v := range vals {
		fmt.Printf("%v|%+v|%#v|%s|%q|%T|%10.3g|%-12.1e|%+.2f|% g|%x|%X|%b|%8v|%o\n", v, v, v, v, v, v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%.0f %.20g %v\n", 0.5+1.5i, 1.0/3+2i/3, complex64(0.1+0.2i))
	fmt.Printf("%6.2f|%-6.2f|%06.2f|%+06.1f\n", 1+1i, 1+1i, 1+1i, -1-1i)
}
