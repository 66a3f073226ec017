// Grouped imports, an aliased import and several packages used together.
package main

import (
	"fmt"
	m "math"
	"os"
	"strconv"
)

func main() {
	fmt.Println("sqrt(2) =", m.Sqrt(2))
	fmt.Println("pi =", m.Pi)
	s := strconv.Itoa(12345)
	fmt.Println(s, len(s))
	fmt.Println("args beyond program name:", len(os.Args)-1)
	v, err := strconv.Atoi("678")
	fmt.Println(v+1, err)
	fmt.Printf("%.4f %.4f\n", m.Abs(-2.5), m.Floor(2.75))
}
