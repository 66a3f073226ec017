// The go command checks import paths before gc runs, and reports only the first
// that is not valid (a space, a control character or a quote is not allowed),
// whatever errors follow in the file.
package main

import (
	"fmt"
	f "fm t"
	"a	b"
)

func main() {
	fmt.Println(f.X
}
