// fmt's printing: every verb on values of many kinds, the method protocol
// (Stringer, GoStringer, error, Formatter, panicking methods), gc's error
// strings, Errorf and %w, argument indexes, * widths, Print's spacing.
package main

import (
	"errors"
	"fmt"
	"os"
)

type S struct {
	A int
	b string
	C []int
	D map[string]int
	E interface{}
	F *int
}

type St int

func (s St) String() string { return fmt.Sprintf("St(%d)", int(s)) }

type G struct{ x int }

func (g G) GoString() string { return "G!" }

type Fm struct{}

func (Fm) Format(f fmt.State, c rune) {
	w, wok := f.Width()
	pr, pok := f.Precision()
	fmt.Fprintf(f, "F[%c %d %v %d %v %v%v%v%v%v]", c, w, wok, pr, pok, f.Flag('-'), f.Flag('+'), f.Flag('#'), f.Flag(' '), f.Flag('0'))
}

type Pan struct{}

func (Pan) String() string { panic("boom") }

type PP struct{ n int }

func (p *PP) String() string { return fmt.Sprint("PP", p.n) }

type E2 struct{}

func (E2) Error() string { return "e2!" }

func main() {
	x := 5
	vals := []interface{}{0, -7, 255, uint8(200), int64(-1 << 40), uint64(1<<64 - 1), 3.25, -0.0, 1e21, 1e-7, float32(0.1),
		"hi", "", "a\"b\n", []byte("xyz"), true, false, nil, 'x', complex(1, -2), complex64(complex(0.5, 3)),
		St(3), G{1}, S{A: 1, b: "q", C: []int{1, 2}, D: map[string]int{"z": 1, "a": 2}}, &S{A: 2},
		[]string{"a", "b"}, [2]bool{true}, map[int]string{3: "c", 1: "a", 2: "b"}, errors.New("err"), E2{},
		struct{}{}, []interface{}{1, "a", nil}, &x == nil, uintptr(10), int8(-3), [3]byte{1, 2, 3}}
	verbs := []string{"%v", "%+v", "%#v", "%T", "%d", "%s", "%q", "%x", "%X", "%o", "%O", "%b", "%c", "%U", "%e", "%E", "%f", "%F", "%g", "%G", "%t",
		"%5v", "%-5v|", "%05d", "%+d", "% d", "%#x", "%#o", "%.2f", "%8.3f", "%-8.3f|", "%+.1e", "%x", "% x", "%# x", "%#q", "%+q", "%.1s", "%10.4v", "%#U", "%[1]v", "%x %[1]X", "%08.3f", "%+08d", "%#g", "%#.3g", "%.0f", "%.3x"}
	for _, v := range vals {
		for _, verb := range verbs {
			fmt.Printf(verb+"\n", v)
		}
	}
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "x")
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%!\n")
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%z %d\n", 1, "s")
	fmt.Printf("%v %s\n", Pan{}, Pan{})
	var pp *PP
	fmt.Printf("%v %s\n", pp, &PP{3})
	fmt.Printf("%10s|%-10s|%x\n", St(1), St(2), "hello")
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%[1]*[2]d|\n", 4, 7)
	fmt.Printf("%.*d|%*d\n", "x", 1, 2.0, 3)
	fmt.Printf("%v %v\n", []*int{nil}, map[string]interface{}{"a": nil})
	e := fmt.Errorf("wrap: %w", os.ErrNotExist)
	fmt.Println(e, errors.Unwrap(e) == os.ErrNotExist, errors.Is(e, os.ErrNotExist))
	fmt.Printf("%T %T\n", e, fmt.Errorf("x"))
	fmt.Println(fmt.Errorf("%w %w", e, os.ErrExist), fmt.Errorf("%w", 3), fmt.Sprintf("%w", os.ErrExist))
	fmt.Printf("[%v] [%5.2v] [%-6x] [%+d] [% 08.3f] [%#q]\n", Fm{}, Fm{}, Fm{}, Fm{}, Fm{}, Fm{})
	fmt.Printf("%s|%v|%d\n", E2{}, &E2{}, E2{})
	var nilSt *St
	fmt.Println(nilSt)
	fmt.Printf("%v|%d|%s\n", nilSt, nilSt, pp)
	fmt.Print("a", "b", 1, 2, "c", 3.5, St(4), "\n")
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprintln("x", 1), string(fmt.Append([]byte("A"), 1, 2)), string(fmt.Appendf(nil, "%03d", 7)), string(fmt.Appendln(nil, "z")))
	n, err := fmt.Fprintf(os.Stdout, "%s\n", "to stdout")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Printf("%v %+v\n", map[float64]int{1: 1, -1: 2}, struct {
		A *int
		B error
	}{})
	fmt.Printf("%x %X % X %#x\n", []byte{1, 171}, "hi", []byte{1, 2}, "ab")
	fmt.Printf("%6.3v|%-6.3q|%06s\n", "abcdef", "abcdef", "ab")
	fmt.Printf("%v\n", [][]int{{1}, {2, 3}})
	fmt.Printf("%#v\n", [][]int{{1}, nil})
	fmt.Printf("%#v %#v %#v\n", map[string]int(nil), []int(nil), (*int)(nil))
	fmt.Printf("%p\n", nil)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", []int{1, 2})
	fmt.Printf("%s\n", []string{"a"})
	fmt.Printf("%q\n", []string{"a"})
	fmt.Printf("%x\n", 3.5)
	fmt.Printf("%.3e|%10.2e|%-10.1g|\n", 123456.789, 0.000123, 1e10)
	fmt.Printf("%5t|%-7t|\n", true, false)
	fmt.Printf("%c|%5c|%-3c|%U|%#U\n", 65, 'é', 'x', 0x1F600, 'ä')
	fmt.Printf("%.3d|%8.3d|%-8.3d|%08.3d|%x|%X\n", 7, -7, 7, 7, -255, -255)
	fmt.Printf("%e %g %v\n", 1e100, 1e-100, float32(1e10))
	fmt.Printf("%v %.2f %+.3g\n", complex(1.5, 2), complex(1, 1), complex(-1, 0))
}
