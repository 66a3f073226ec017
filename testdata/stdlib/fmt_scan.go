// fmt's scanning: Sscan/Sscanln/Sscanf over every kind, widths, literal
// matching, Scanner, the error texts; Fscan over a reader; Fscanln and Scan
// over standard input (empty here).
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

type Named int

type Pt struct{ X, Y int }

func (p *Pt) Scan(st fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(st, "(%d,%d)", &p.X, &p.Y)
	return err
}

func main() {
	var a, b int
	var s string
	var f float64
	var u uint8
	var c complex128
	var bo bool
	var nm Named
	var r rune
	n, err := fmt.Sscan("12 -3\n hello 2.5e3 255 (1+2i) true 7", &a, &b, &s, &f, &u, &c, &bo, &nm)
	fmt.Println(n, err, a, b, s, f, u, c, bo, nm)
	n, err = fmt.Sscan("300", &u)
	fmt.Println(n, err, u)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1 2 3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("age=42 name:bob", "age=%d name:%s", &a, &s)
	fmt.Println(n, err, a, s)
	n, err = fmt.Sscanf("0x1F 017 0b101", "%v %v %v", &a, &b, &nm)
	fmt.Println(n, err, a, b, nm)
	n, err = fmt.Sscanf("ff 777 101", "%x %o %b", &a, &b, &nm)
	fmt.Println(n, err, a, b, nm)
	n, err = fmt.Sscanf("abc", "%c%c", &r, &a)
	fmt.Println(n, err, r, a)
	n, err = fmt.Sscanf("12345", "%2d%3d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("5 6", "%d", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("5", "%d %d", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("x5", "y%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf(`"hi there" 6869`, "%q %x", &s, &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanf("50%", "%d%%", &a)
	fmt.Println(n, err, a)
	var p Pt
	n, err = fmt.Sscan("(3,4)", &p)
	fmt.Println(n, err, p)
	n, err = fmt.Sscan("1", a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%s", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("tru", &bo)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1e500", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanf("1\n2", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &a, &b)
	fmt.Println(n, err, a, b)
	var bs []byte
	n, err = fmt.Sscan("bytes!", &bs)
	fmt.Println(n, err, string(bs))
	rd := strings.NewReader("10 20 30\n40")
	for {
		n, err = fmt.Fscan(rd, &a)
		if err != nil {
			fmt.Println("end", n, err)
			break
		}
		fmt.Println("got", a)
	}
	in := bufio.NewReader(os.Stdin)
	var w1, w2 string
	n, err = fmt.Fscanln(in, &w1, &w2)
	fmt.Println(n, err, w1, w2)
	n, err = fmt.Scan(&a)
	fmt.Println(n, err, a)
}
