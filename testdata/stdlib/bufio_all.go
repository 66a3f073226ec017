// bufio: Reader (small buffers over readers that return a few bytes at a time, lines longer than
// the buffer, "\r\n" split across buffers, Peek/Discard/unread rules, errors), Writer (small
// buffers, short and failing writers, ReadFrom), Scanner (every split function, custom splits,
// ErrFinalToken, ErrTooLong, the SplitFunc errors and panics), then random operation sequences.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// trickle returns at most n bytes per Read, and its data with err at the end.
type trickle struct {
	data string
	n    int
	err  error
}

func (t *trickle) Read(p []byte) (int, error) {
	if t.data == "" {
		if t.err != nil {
			return 0, t.err
		}
		return 0, io.EOF
	}
	n := t.n
	if n > len(p) {
		n = len(p)
	}
	if n > len(t.data) {
		n = len(t.data)
	}
	copy(p, t.data[:n])
	t.data = t.data[n:]
	return n, nil
}

type emptyReader struct{}

func (emptyReader) Read(p []byte) (int, error) { return 0, nil }

type liarReader struct{}

func (liarReader) Read(p []byte) (int, error) { return len(p) + 1, nil }

type recorder struct {
	writes []string
	limit  int // accept at most limit bytes per write (0: all)
	failAt int // fail when this many writes happened (0: never)
}

func (r *recorder) Write(p []byte) (int, error) {
	if r.failAt > 0 && len(r.writes)+1 == r.failAt {
		r.writes = append(r.writes, "FAIL")
		return 1, errors.New("write failed")
	}
	n := len(p)
	if r.limit > 0 && n > r.limit {
		n = r.limit
	}
	r.writes = append(r.writes, string(p[:n]))
	return n, nil
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	readers()
	writers()
	scanners()
	random()
}

func readers() {
	text := "first line\r\nsecond line is longer than sixteen bytes\n\r\nshort\r" + strings.Repeat("x", 15) + "\r\nend"
	for _, n := range []int{1, 3, 100} {
		r := bufio.NewReaderSize(&trickle{text, n, nil}, 16)
		for {
			line, isPrefix, err := r.ReadLine()
			fmt.Printf("%q %v %v | ", line, isPrefix, err)
			if err != nil {
				break
			}
		}
		fmt.Println()
		r = bufio.NewReaderSize(&trickle{text, n, errors.New("broken")}, 16)
		for {
			s, err := r.ReadString('\n')
			fmt.Printf("%q %v | ", s, err)
			if err != nil {
				break
			}
		}
		fmt.Println()
		r = bufio.NewReaderSize(&trickle{text, n, nil}, 16)
		for {
			s, err := r.ReadSlice('\n')
			fmt.Printf("%q %v | ", s, err)
			if err != nil && err != bufio.ErrBufferFull {
				break
			}
		}
		fmt.Println()
		r = bufio.NewReaderSize(&trickle{text, n, nil}, 16)
		b, err := r.ReadBytes('!')
		fmt.Println(len(b), err)
	}
	r := bufio.NewReaderSize(&trickle{"héllo, 世界\xff!" + strings.Repeat("z", 40), 2, nil}, 16)
	fmt.Println(r.Size(), r.Buffered())
	p, err := r.Peek(5)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	p, err = r.Peek(17)
	fmt.Printf("%q %v\n", p, err)
	p, err = r.Peek(-1)
	fmt.Printf("%q %v\n", p, err)
	fmt.Println(r.UnreadByte(), r.UnreadRune())
	for i := 0; i < 12; i++ {
		c, size, err := r.ReadRune()
		fmt.Printf("%q/%d/%v ", c, size, err)
	}
	fmt.Println()
	fmt.Println(r.UnreadRune(), r.UnreadRune(), r.UnreadByte())
	c, _ := r.ReadByte()
	fmt.Println(c, r.UnreadRune(), r.UnreadByte(), r.UnreadByte())
	n, err := r.Discard(3)
	fmt.Println(n, err, r.UnreadByte())
	n, err = r.Discard(-1)
	fmt.Println(n, err)
	n, err = r.Discard(1000)
	fmt.Println(n, err)
	c, err = r.ReadByte()
	fmt.Println(c, err)
	big := make([]byte, 100)
	r.Reset(&trickle{strings.Repeat("abc", 20), 50, nil})
	n, err = r.Read(big)
	fmt.Println(n, err, r.Buffered(), r.UnreadByte(), r.Buffered())
	n, err = r.Read(big[:4])
	fmt.Printf("%d %v %q\n", n, err, big[:n])
	n, err = r.Read(nil)
	fmt.Println(n, err)
	var sb strings.Builder
	m, err := r.WriteTo(&sb)
	fmt.Println(m, err, sb.Len())
	r.Reset(strings.NewReader("from a WriterTo"))
	r.ReadByte()
	m, err = r.WriteTo(&sb)
	fmt.Println(m, err, sb.String())
	r.Reset(&trickle{"", 1, errors.New("nothing")})
	fmt.Println(r.ReadByte())
	fmt.Println(r.ReadByte())
	r = bufio.NewReader(emptyReader{})
	fmt.Println(r.ReadByte())
	fmt.Println(bufio.NewReaderSize(r, 100) == r, bufio.NewReaderSize(r, 5000) == r, bufio.NewReaderSize(nil, 2).Size())
	try("negative read", func() {
		bufio.NewReader(negative{}).ReadByte()
	})
	var zero bufio.Reader
	zero.Reset(strings.NewReader("zero value"))
	line, _ := zero.ReadString(' ')
	fmt.Printf("%q %d\n", line, zero.Size())
}

type negative struct{}

func (negative) Read(p []byte) (int, error) { return -1, nil }

func writers() {
	rec := &recorder{}
	w := bufio.NewWriterSize(rec, 8)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.WriteString("abc")
	w.WriteByte('d')
	w.WriteRune('é')
	w.WriteRune('世')
	fmt.Println(w.Buffered(), w.Available(), rec.writes)
	w.Write([]byte("0123456789abcdef"))
	w.WriteString("a longer string that skips the buffer")
	fmt.Println(w.Buffered(), rec.writes)
	buf := w.AvailableBuffer()
	buf = append(buf, "xy"...)
	w.Write(buf)
	fmt.Println(w.Flush(), rec.writes)
	rec = &recorder{limit: 3}
	w = bufio.NewWriterSize(rec, 8)
	w.WriteString("12345")
	fmt.Println(w.Flush(), w.Buffered(), rec.writes)
	n, err := w.WriteString("more")
	fmt.Println(n, err, w.WriteByte('x'), w.Flush())
	rec = &recorder{failAt: 2}
	w = bufio.NewWriterSize(rec, 4)
	n, err = w.WriteString("abcdefghij")
	fmt.Println(n, err, w.Buffered(), rec.writes)
	sz, err := w.WriteRune('é')
	fmt.Println(sz, err)
	w.Reset(rec)
	fmt.Println(w.Buffered(), w.WriteByte('k'), w.Flush(), rec.writes)
	tiny := bufio.NewWriterSize(&recorder{}, 2)
	sz, err = tiny.WriteRune('世')
	fmt.Println(sz, err, tiny.Buffered())
	var sb strings.Builder
	w = bufio.NewWriterSize(&sb, 16)
	w.WriteString("x")
	m, err := w.ReadFrom(strings.NewReader(strings.Repeat("ReadFrom ", 10)))
	fmt.Println(m, err, w.Buffered(), sb.Len())
	w.Flush()
	m, err = w.ReadFrom(strings.NewReader("direct"))
	fmt.Println(m, err, sb.Len())
	rec = &recorder{}
	w = bufio.NewWriterSize(rec, 16)
	m, err = w.ReadFrom(&trickle{strings.Repeat("t", 40), 7, nil})
	fmt.Println(m, err, w.Buffered(), rec.writes)
	m, err = w.ReadFrom(emptyReader{})
	fmt.Println(m, err)
	fmt.Println(bufio.NewWriterSize(w, 10) == w, bufio.NewWriterSize(w, 100) == w, bufio.NewWriterSize(nil, -1).Size())
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("rw in")), bufio.NewWriter(&sb))
	s, _ := rw.ReadString(' ')
	rw.WriteString("rw out")
	rw.Flush()
	fmt.Printf("%q %q\n", s, sb.String()[len(sb.String())-6:])
}

func scanners() {
	input := "one two\tthree\r\n\n  four\u00a0five\u2003six\nlast line no newline"
	for _, split := range []struct {
		name string
		f    bufio.SplitFunc
	}{{"lines", bufio.ScanLines}, {"words", bufio.ScanWords}, {"runes", bufio.ScanRunes}, {"bytes", bufio.ScanBytes}} {
		for _, n := range []int{1, 5, 1000} {
			s := bufio.NewScanner(&trickle{input + "\xff\xe4\xb8", n, nil})
			s.Split(split.f)
			var tokens []string
			for s.Scan() {
				tokens = append(tokens, s.Text())
			}
			fmt.Printf("%s/%d: %d %q %v\n", split.name, n, len(tokens), tokens, s.Err())
		}
	}
	s := bufio.NewScanner(strings.NewReader("a,b,STOP,c"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		i := bytes.IndexByte(data, ',')
		if i < 0 {
			if atEOF && len(data) > 0 {
				return len(data), data, nil
			}
			return 0, nil, nil
		}
		if string(data[:i]) == "STOP" {
			return i + 1, []byte("stopped"), bufio.ErrFinalToken
		}
		return i + 1, data[:i], nil
	})
	for s.Scan() {
		fmt.Print(s.Text(), " ")
	}
	fmt.Println(s.Err(), s.Scan())
	long := strings.Repeat("y", 70000) + "\nshort\n"
	s = bufio.NewScanner(strings.NewReader(long))
	fmt.Println(s.Scan(), len(s.Bytes()), s.Err(), s.Scan())
	s = bufio.NewScanner(strings.NewReader(long))
	s.Buffer(make([]byte, 10), 100000)
	fmt.Println(s.Scan(), len(s.Bytes()), s.Scan(), s.Text(), s.Scan(), s.Err())
	s = bufio.NewScanner(strings.NewReader("abcdefghijklmnop\nq"))
	s.Buffer(make([]byte, 0, 4), 8)
	fmt.Println(s.Scan(), s.Err())
	for _, bad := range []bufio.SplitFunc{
		func([]byte, bool) (int, []byte, error) { return -1, nil, nil },
		func(data []byte, atEOF bool) (int, []byte, error) { return len(data) + 1, nil, nil },
		func([]byte, bool) (int, []byte, error) { return 0, nil, errors.New("split failed") },
	} {
		s = bufio.NewScanner(strings.NewReader("data"))
		s.Split(bad)
		fmt.Println(s.Scan(), s.Err())
	}
	s = bufio.NewScanner(liarReader{})
	fmt.Println(s.Scan(), s.Err())
	s = bufio.NewScanner(emptyReader{})
	fmt.Println(s.Scan(), s.Err())
	s = bufio.NewScanner(&trickle{"x", 1, errors.New("read failed")})
	fmt.Println(s.Scan(), s.Text(), s.Scan(), s.Err())
	try("Split after Scan", func() { s.Split(bufio.ScanWords) })
	try("Buffer after Scan", func() { s.Buffer(nil, 10) })
	try("empty tokens", func() {
		s := bufio.NewScanner(strings.NewReader(""))
		s.Split(func([]byte, bool) (int, []byte, error) { return 0, []byte{}, nil })
		count := 0
		for s.Scan() {
			count++
		}
		fmt.Println("count", count)
	})
	s = bufio.NewScanner(strings.NewReader("a\n\nb\n"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanLines(data, atEOF)
		if tok != nil && len(tok) == 0 {
			return adv, []byte("<empty>"), err
		}
		return adv, tok, err
	})
	for s.Scan() {
		fmt.Print(s.Text(), " ")
	}
	fmt.Println()
	var sb strings.Builder
	for i := 0; i < 50000; i++ {
		fmt.Fprintf(&sb, "line %d with some words\r\n", i)
	}
	s = bufio.NewScanner(strings.NewReader(sb.String()))
	lines, words := 0, 0
	for s.Scan() {
		lines++
		words += len(strings.Fields(s.Text()))
	}
	fmt.Println(lines, words, s.Err())
}

var seed uint64 = 0x9E3779B97F4A7C15

func next(n int) int {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return int(seed % uint64(n))
}

func random() {
	var h uint64
	mix := func(v interface{}) {
		for _, c := range fmt.Sprint(v) {
			h = h*1099511628211 ^ uint64(c)
		}
	}
	pieces := []string{"a", "\n", "\r\n", "é", "世", "\xff", " ", "line", "\r"}
	for round := 0; round < 1500; round++ {
		var text strings.Builder
		for i := next(40); i > 0; i-- {
			text.WriteString(pieces[next(len(pieces))])
		}
		r := bufio.NewReaderSize(&trickle{text.String(), 1 + next(5), nil}, 16+next(3))
		for op := 0; op < 20; op++ {
			switch next(10) {
			case 0:
				line, isPrefix, err := r.ReadLine()
				mix(line)
				mix(isPrefix)
				mix(err)
			case 1:
				s, err := r.ReadString('\n')
				mix(s)
				mix(err)
			case 2:
				c, size, err := r.ReadRune()
				mix(c)
				mix(size)
				mix(err)
			case 3:
				mix(r.UnreadRune())
			case 4:
				mix(r.UnreadByte())
			case 5:
				p, err := r.Peek(next(20))
				mix(p)
				mix(err)
			case 6:
				n, err := r.Discard(next(6))
				mix(n)
				mix(err)
			case 7:
				p := make([]byte, next(20))
				n, err := r.Read(p)
				mix(p[:n])
				mix(err)
			case 8:
				c, err := r.ReadByte()
				mix(c)
				mix(err)
			case 9:
				s, err := r.ReadSlice(' ')
				mix(s)
				mix(err)
			}
			mix(r.Buffered())
		}
	}
	fmt.Println("random reader ops", h)
}
