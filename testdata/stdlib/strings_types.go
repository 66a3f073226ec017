// strings: Builder, Reader and Replacer, and the panics gc raises (recovered and printed).
package main

import (
	"fmt"
	"io"
	"os"
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

type shortWriter struct{ limit int }

func (w *shortWriter) Write(p []byte) (int, error) {
	if len(p) > w.limit {
		return w.limit, nil
	}
	return len(p), nil
}

func main() {
	builder()
	reader()
	replacer()
	try("Repeat -1", func() { strings.Repeat("x", -1) })
	try("Repeat empty -1", func() { strings.Repeat("", -1) })
	try("Repeat overflow", func() { strings.Repeat("ab", 1<<62) })
	try("Repeat huge", func() { strings.Repeat("a", 1<<62) })
	try("Repeat 0 of huge", func() { fmt.Print(strings.Repeat("abc", 0)) })
	try("Grow -1", func() { var b strings.Builder; b.Grow(-1) })
	try("copied Builder", func() {
		var b strings.Builder
		b.WriteString("x")
		c := b
		c.WriteString("y")
	})
	try("copied empty Builder", func() {
		var b strings.Builder
		c := b
		c.WriteString("y")
		fmt.Print(c.String())
	})
	try("NewReplacer odd", func() { strings.NewReplacer("a") })
}

func builder() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.Grow(10)
	fmt.Println(b.Len(), b.Cap())
	b.WriteString("hello")
	b.WriteByte(' ')
	n, err := b.WriteRune('世')
	fmt.Println(n, err)
	n, err = b.WriteRune(-1)
	fmt.Println(n, err)
	n, err = b.WriteRune(0x10FFFF)
	fmt.Println(n, err)
	n, err = b.Write([]byte("!\xff"))
	fmt.Println(n, err)
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Reset()
	fmt.Println(b.Len(), b.Cap(), b.String())
	var c strings.Builder
	for i := 0; i < 10000; i++ {
		c.WriteString("ab")
		c.WriteRune('é')
		c.WriteByte('\n')
	}
	s := c.String()
	fmt.Println(len(s), c.Len(), strings.Count(s, "é"))
	fmt.Fprintf(&c, "%d", 42)
	fmt.Println(c.Len())
	var g strings.Builder
	g.Grow(5)
	g.Grow(3)
	fmt.Println(g.Cap())
	g.WriteString("abcdef")
	g.Grow(100)
	fmt.Println(g.Len(), g.Cap())
}

func reader() {
	r := strings.NewReader("héllo, wörld")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		fmt.Printf("%d %q %v %d\n", n, buf[:n], err, r.Len())
		if err != nil {
			break
		}
	}
	n, err := r.Read(nil)
	fmt.Println(n, err)
	r.Reset("ab日\xff")
	for i := 0; i < 6; i++ {
		ch, size, err := r.ReadRune()
		fmt.Printf("%q %d %v; ", ch, size, err)
	}
	fmt.Println()
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	r.Reset("xyz")
	fmt.Println(r.UnreadByte(), r.UnreadRune())
	c, err := r.ReadByte()
	fmt.Println(c, err, r.UnreadRune())
	fmt.Println(r.UnreadByte(), r.Len())
	ch, size, err := r.ReadRune()
	fmt.Println(ch, size, err, r.UnreadByte(), r.UnreadRune(), r.Len())
	for _, s := range []struct {
		off    int64
		whence int
	}{{0, io.SeekStart}, {2, io.SeekCurrent}, {-1, io.SeekEnd}, {10, io.SeekStart}, {-20, io.SeekCurrent}, {0, 7}} {
		pos, err := r.Seek(s.off, s.whence)
		fmt.Println(pos, err, r.Len())
	}
	b, err := r.ReadByte()
	fmt.Println(b, err)
	r.Reset("0123456789")
	for _, off := range []int64{-1, 0, 5, 9, 10, 11} {
		p := make([]byte, 3)
		n, err := r.ReadAt(p, off)
		fmt.Printf("%d %q %v; ", n, p[:n], err)
	}
	fmt.Println(r.Len())
	r.Seek(3, io.SeekStart)
	var sb strings.Builder
	m, err := r.WriteTo(&sb)
	fmt.Println(m, err, sb.String(), r.Len())
	m, err = r.WriteTo(&sb)
	fmt.Println(m, err)
	r.Reset("0123456789")
	m, err = r.WriteTo(&shortWriter{4})
	fmt.Println(m, err, r.Len())
	var zero strings.Reader
	n, err = zero.Read(buf)
	fmt.Println(n, err, zero.Len(), zero.Size())
	all, err := io.ReadAll(strings.NewReader(strings.Repeat("data", 1000)))
	fmt.Println(len(all), err)
	io.Copy(os.Stdout, strings.NewReader("copied to stdout\n"))
}

func replacer() {
	cases := []struct {
		args []string
		in   []string
	}{
		{[]string{"a", "1", "b", "2"}, []string{"", "abc", "bbaa", "xyz"}},
		{[]string{"a", "1", "a", "2"}, []string{"aaa"}},
		{[]string{"&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;"}, []string{`<a href="x">&</a>`, "plain"}},
		{[]string{"", "X"}, []string{"", "ab", "日本", "\xff"}},
		{[]string{"a", "A", "", "X"}, []string{"abc", "bab"}},
		{[]string{"", "X", "a", "A"}, []string{"abc", "aa"}},
		{[]string{"aaa", "3", "aa", "2", "a", "1"}, []string{"aaaaaa", "aaaa"}},
		{[]string{"a", "1", "aa", "2", "aaa", "3"}, []string{"aaaa"}},
		{[]string{"hello", "bye"}, []string{"hello hello hell", "helo"}},
		{[]string{"abc", ""}, []string{"abcabcabx"}},
		{[]string{"a", ""}, []string{"aaa", "bab"}},
		{[]string{"日", "月", "本", "x"}, []string{"日本日"}},
		{[]string{}, []string{"unchanged"}},
		{[]string{"\xff", "?"}, []string{"a\xffb\xfe"}},
		{[]string{"a", "b", "b", "a"}, []string{"abba"}},
		{[]string{"ab", "ba", "ba", "ab"}, []string{"abba", "aabbaa"}},
	}
	for _, c := range cases {
		r := strings.NewReplacer(c.args...)
		for _, in := range c.in {
			fmt.Printf("%q ", r.Replace(in))
			var sb strings.Builder
			n, err := r.WriteString(&sb, in)
			if sb.String() != r.Replace(in) || n != sb.Len() || err != nil {
				fmt.Print("WriteString differs ")
			}
		}
		fmt.Println()
	}
	var zero strings.Replacer
	var sb strings.Builder
	n, err := zero.WriteString(&sb, "zero Replacer")
	fmt.Printf("%q %q %d %v\n", zero.Replace("unchanged"), sb.String(), n, err)
	r := strings.NewReplacer("a", "bb")
	s := strings.Repeat("a", 100000)
	fmt.Println(len(r.Replace(s)))
}
