// Interface embedding, `any`, and conversions between interface types: to an
// embedded (smaller) interface, to `any` and back by assertion, between interfaces
// with the same methods, and values flowing through several interface types.
package main

import "fmt"

type Reader interface {
	Read() (string, bool)
}

type Writer interface {
	Write(s string) int
}

type Closer interface {
	Close() error
}

type ReadWriter interface {
	Reader
	Writer
}

type ReadWriteCloser interface {
	ReadWriter
	Closer
}

// Same method set as ReadWriter, declared differently.
type WriteReader interface {
	Write(s string) int
	Read() (string, bool)
}

type Buffer struct {
	data   []string
	closed bool
}

func (b *Buffer) Read() (string, bool) {
	if len(b.data) == 0 {
		return "", false
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s, true
}

func (b *Buffer) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

func (b *Buffer) Close() error {
	if b.closed {
		return fmt.Errorf("buffer already closed with %d items", len(b.data))
	}
	b.closed = true
	return nil
}

type Upper struct{ w Writer }

func (u Upper) Write(s string) int {
	out := []byte(s)
	for i, c := range out {
		if c >= 'a' && c <= 'z' {
			out[i] = c - 'a' + 'A'
		}
	}
	return u.w.Write(string(out))
}

func drain(r Reader) []string {
	var out []string
	for {
		s, ok := r.Read()
		if !ok {
			return out
		}
		out = append(out, s)
	}
}

func writeAll(w Writer, items ...string) (n int) {
	for _, s := range items {
		n += w.Write(s)
	}
	return
}

func describe(x any) string {
	kinds := ""
	if _, ok := x.(Reader); ok {
		kinds += "R"
	}
	if _, ok := x.(Writer); ok {
		kinds += "W"
	}
	if _, ok := x.(Closer); ok {
		kinds += "C"
	}
	return fmt.Sprintf("%T:%s", x, kinds)
}

func main() {
	buf := &Buffer{}
	var rwc ReadWriteCloser = buf
	var rw ReadWriter = rwc // to an embedded interface (itab looked up)
	var w Writer = rw
	var r Reader = rw
	var wr WriteReader = rw // same method set, different type
	fmt.Println(writeAll(w, "alpha", "beta"), writeAll(wr, "gamma"))
	fmt.Println(drain(r))
	fmt.Println(writeAll(Upper{rw}, "shout", "it"), drain(wr))

	var anything any = rwc
	back := anything.(ReadWriteCloser)
	fmt.Println(back == rwc, anything == any(buf), back.Close(), back.Close())
	c := anything.(Closer)
	fmt.Println(c.Close())

	fmt.Println(describe(buf), describe(Upper{}), describe(42), describe(rw), describe(nil))

	var empty ReadWriter
	var e2 any = empty
	fmt.Println(empty == nil, e2 == nil)
	_, ok := e2.(Reader)
	fmt.Println(ok)

	values := []any{1, "two", 3.0, []int{4}, map[string]int{"five": 5}, nil, buf, Upper{}, struct{}{}}
	for _, v := range values {
		fmt.Printf("%-24T %v\n", v, v != nil)
	}
	var ifaces []Writer
	ifaces = append(ifaces, buf, Upper{buf}, rw, rwc)
	total := 0
	for _, x := range ifaces {
		total += x.Write("x")
	}
	fmt.Println(total, len(buf.data))
}
