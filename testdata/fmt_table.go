// A table of fmt widths and flags applied to many values, to pin down padding rules exactly.
package main

import "fmt"

func main() {
	ints := []int{0, 7, -7, 123456}
	intFormats := []string{"%d", "%4d", "%-4d|", "%04d", "%+d", "%+4d", "%-+6d|", "%x", "%6x", "%-6X|", "%06x", "%o", "%b", "%8b", "%v", "%5v"}
	for _, f := range intFormats {
		fmt.Printf("%-8s", f)
		for _, n := range ints {
			fmt.Printf(" ["+f+"]", n)
		}
		fmt.Println()
	}
	floats := []float64{0, 3.14159, -2.5, 1234.5678, 1e-9}
	floatFormats := []string{"%f", "%.0f", "%.1f", "%8.2f", "%-8.2f|", "%08.2f", "%+.2f", "%e", "%.2e", "%12.3e", "%g", "%.3g", "%10g", "%v", "%+v"}
	for _, f := range floatFormats {
		fmt.Printf("%-8s", f)
		for _, v := range floats {
			fmt.Printf(" ["+f+"]", v)
		}
		fmt.Println()
	}
	strs := []string{"", "go", "héllo"}
	strFormats := []string{"%s", "%5s", "%-5s|", "%q", "%8q", "%x", "%v", "%3v"}
	for _, f := range strFormats {
		fmt.Printf("%-8s", f)
		for _, s := range strs {
			fmt.Printf(" ["+f+"]", s)
		}
		fmt.Println()
	}
	for _, f := range []string{"%t", "%6t", "%-6t|", "%v"} {
		fmt.Printf("%-8s ["+f+"] ["+f+"]\n", f, true, false)
	}
	for _, f := range []string{"%c", "%3c", "%-3c|", "%q", "%d", "%x"} {
		fmt.Printf("%-8s ["+f+"] ["+f+"]\n", f, 'A', '世')
	}
	fmt.Printf("%6.2f%%\n", 12.345)
}
