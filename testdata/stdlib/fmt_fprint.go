// fmt.Fprint, Fprintln and Fprintf to writers of several types: one Write
// call each, whose n and err they return.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), fmt.Errorf("full after %d", c.n)
}

func main() {
	var sb strings.Builder
	n, err := fmt.Fprintf(&sb, "x=%d %s|", 42, "hi")
	fmt.Println(n, err)
	fmt.Fprint(&sb, 1, 2, "a", "b", 3)
	fmt.Fprintln(&sb, "end", 7)
	fmt.Printf("%q\n", sb.String())
	var buf bytes.Buffer
	args := []interface{}{1, "two"}
	fmt.Fprintln(&buf, args...)
	fmt.Print(buf.String())
	c := &counter{}
	n, err = fmt.Fprintln(c, "hello")
	fmt.Println(n, err, c.n)
}
