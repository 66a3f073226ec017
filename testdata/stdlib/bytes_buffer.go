// bytes: Buffer (growth, reads, unreads, ReadFrom/WriteTo, Truncate, Next) and Reader, with the
// errors and panics gc gives.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%s: no panic\n", name)
}

type errReader struct{ n int }

func (r *errReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, errors.New("boom")
	}
	r.n--
	p[0] = 'z'
	return 1, nil
}

type negativeReader struct{}

func (negativeReader) Read(p []byte) (int, error) { return -1, nil }

type limitedWriter struct{ n int }

func (w *limitedWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return w.n, nil
	}
	return len(p), nil
}

func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.String(), b.Bytes() == nil)
	b.WriteString("hello")
	fmt.Println(b.Len(), b.Cap())
	b.WriteByte(' ')
	b.WriteRune('世')
	b.WriteRune(-5)
	b.Write([]byte("界!\xff"))
	fmt.Printf("%q %d\n", b.String(), b.Len())
	fmt.Println(b.UnreadByte(), b.UnreadRune())
	for {
		r, size, err := b.ReadRune()
		fmt.Printf("%q/%d/%v ", r, size, err)
		if err != nil {
			break
		}
		if r == '世' {
			fmt.Print(b.UnreadRune(), " ")
			r, size, _ = b.ReadRune()
			fmt.Print(b.UnreadRune(), b.UnreadRune(), " ")
			b.ReadRune()
			fmt.Print(b.UnreadByte(), b.UnreadByte(), " ")
			b.ReadByte()
		}
	}
	fmt.Println()
	b.Reset()
	b.WriteString("line one\nline two\nlast")
	for {
		line, err := b.ReadString('\n')
		fmt.Printf("%q %v; ", line, err)
		if err != nil {
			break
		}
	}
	fmt.Println()
	b.WriteString("a;b;c")
	l, err := b.ReadBytes(';')
	fmt.Printf("%q %v %q\n", l, err, b.Next(2))
	fmt.Printf("%q %q %q\n", b.Next(10), b.Next(1), b.Bytes())
	p := make([]byte, 3)
	n, err := b.Read(p)
	fmt.Println(n, err)
	n, err = b.Read(nil)
	fmt.Println(n, err)
	b.WriteString("0123456789")
	b.Truncate(4)
	fmt.Println(b.String())
	try("Truncate 5", func() { b.Truncate(5) })
	try("Truncate -1", func() { b.Truncate(-1) })
	b.Truncate(0)
	fmt.Println(b.Len())
	try("Grow -1", func() { b.Grow(-1) })
	var g bytes.Buffer
	g.Grow(10)
	fmt.Println(g.Len(), g.Cap())
	g.Grow(100)
	fmt.Println(g.Len(), g.Cap())
	c := bytes.NewBufferString("start")
	n64, err := c.ReadFrom(strings.NewReader(strings.Repeat("x", 2000)))
	fmt.Println(n64, err, c.Len())
	n64, err = c.ReadFrom(&errReader{3})
	fmt.Println(n64, err, c.Len())
	try("negative read", func() { c.ReadFrom(negativeReader{}) })
	var out strings.Builder
	n64, err = c.WriteTo(&out)
	fmt.Println(n64, err, out.Len(), c.Len())
	c.WriteString("0123456789")
	n64, err = c.WriteTo(&limitedWriter{4})
	fmt.Println(n64, err, c.String())
	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())
	d := bytes.NewBuffer([]byte("abc"))
	fmt.Println(d.String(), d.Len())
	for i := 0; i < 1000; i++ {
		d.WriteString("more data ")
		d.Next(5)
	}
	fmt.Println(d.Len())
	all, err := io.ReadAll(d)
	fmt.Println(len(all), err, d.Len())
	reader()
}

func reader() {
	r := bytes.NewReader([]byte("héllo"))
	fmt.Println(r.Len(), r.Size())
	ch, size, err := r.ReadRune()
	fmt.Println(ch, size, err)
	ch, size, err = r.ReadRune()
	fmt.Println(ch, size, err, r.UnreadRune(), r.UnreadRune(), r.Len())
	fmt.Println(r.UnreadByte(), r.Len())
	pos, err := r.Seek(-2, io.SeekEnd)
	fmt.Println(pos, err)
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q\n", rest)
	_, err = r.Seek(-10, io.SeekCurrent)
	fmt.Println(err)
	_, err = r.Seek(0, 9)
	fmt.Println(err)
	p := make([]byte, 4)
	for _, off := range []int64{-1, 0, 3, 6} {
		n, err := r.ReadAt(p, off)
		fmt.Printf("%d %q %v; ", n, p[:n], err)
	}
	fmt.Println()
	r.Reset([]byte("xyz"))
	fmt.Println(r.UnreadByte(), r.UnreadRune())
	var sb strings.Builder
	n, err := r.WriteTo(&sb)
	fmt.Println(n, err, sb.String())
}
