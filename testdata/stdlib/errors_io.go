// errors (New, Unwrap, Is, As with wrapping chains, custom Is/As methods, uncomparable errors and
// As's panics) and io (ReadFull/ReadAtLeast/Copy*/ReadAll/WriteString, Multi*, Tee, Limit,
// Section, Discard, NopCloser, Pipe) with their error values.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type wrapper struct {
	msg string
	err error
}

func (w *wrapper) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapper) Unwrap() error { return w.err }

type codeError struct{ code int }

func (c codeError) Error() string { return fmt.Sprint("code ", c.code) }

type sliceError []string

func (s sliceError) Error() string { return strings.Join(s, ",") }

type matchAll struct{}

func (matchAll) Error() string        { return "matches everything" }
func (matchAll) Is(target error) bool { return true }

type claims struct{}

func (claims) Error() string { return "claims" }
func (claims) As(target interface{}) bool {
	if p, ok := target.(*codeError); ok {
		*p = codeError{99}
		return true
	}
	return false
}

type temporary interface{ Temporary() bool }

type tempError struct{}

func (tempError) Error() string   { return "temp" }
func (tempError) Temporary() bool { return true }

func main() {
	base := errors.New("base")
	same := errors.New("base")
	fmt.Println(base, base == same, base.Error() == same.Error())
	w1 := &wrapper{"one", base}
	w2 := &wrapper{"two", w1}
	fmt.Println(w2, errors.Unwrap(w2) == w1, errors.Unwrap(w1) == base, errors.Unwrap(base))
	fmt.Println(errors.Is(w2, base), errors.Is(w2, same), errors.Is(w2, w1), errors.Is(nil, base),
		errors.Is(nil, nil), errors.Is(base, nil), errors.Is(w2, matchAll{}), errors.Is(matchAll{}, base))
	fmt.Println(errors.Is(sliceError{"a"}, sliceError{"a"}), errors.Is(&wrapper{"s", sliceError{"x"}}, base))
	fmt.Println(errors.Is(codeError{1}, codeError{1}), errors.Is(&wrapper{"c", codeError{2}}, codeError{2}),
		errors.Is(codeError{1}, codeError{2}))
	fmt.Println(errors.Is(fmt.Errorf("wrapped: %w", base), base))
	var ce codeError
	fmt.Println(errors.As(&wrapper{"x", codeError{7}}, &ce), ce)
	fmt.Println(errors.As(base, &ce), ce, errors.As(claims{}, &ce), ce)
	var wp *wrapper
	fmt.Println(errors.As(w2, &wp), wp == w2)
	var tmp temporary
	fmt.Println(errors.As(&wrapper{"t", tempError{}}, &tmp), tmp != nil)
	var anyErr error
	fmt.Println(errors.As(w1, &anyErr), anyErr == w1)
	var se sliceError
	fmt.Println(errors.As(&wrapper{"s", sliceError{"p", "q"}}, &se), se)
	fmt.Println(errors.As(nil, &ce))
	for _, target := range []interface{}{nil, ce, (*codeError)(nil), new(int), new(string)} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			errors.As(base, target)
		}()
	}
	ioFunctions()
}

type chunkReader struct {
	data  string
	chunk int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if r.data == "" {
		return 0, io.EOF
	}
	n := r.chunk
	if n > len(p) {
		n = len(p)
	}
	if n > len(r.data) {
		n = len(r.data)
	}
	copy(p, r.data[:n])
	r.data = r.data[n:]
	return n, nil
}

type failWriter struct{ after int }

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.after {
		n := w.after
		w.after = 0
		return n, errors.New("disk full")
	}
	w.after -= len(p)
	return len(p), nil
}

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

type liar struct{}

func (liar) Write(p []byte) (int, error) { return len(p) + 1, nil }

type plainWriter struct{ sb strings.Builder }

func (w *plainWriter) Write(p []byte) (int, error) { return w.sb.Write(p) }

type plainReader struct{ r io.Reader }

func (p plainReader) Read(b []byte) (int, error) { return p.r.Read(b) }

func ioFunctions() {
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress,
		io.ErrClosedPipe, io.SeekStart, io.SeekCurrent, io.SeekEnd)
	buf := make([]byte, 5)
	for _, data := range []string{"", "abc", "abcde", "abcdefgh"} {
		n, err := io.ReadFull(&chunkReader{data, 2}, buf)
		m, err2 := io.ReadAtLeast(&chunkReader{data, 2}, buf, 3)
		k, err3 := io.ReadAtLeast(&chunkReader{data, 2}, buf[:2], 3)
		fmt.Printf("%q: %d %v %d %v %d %v\n", data, n, err, m, err2, k, err3)
	}
	var sb strings.Builder
	n, err := io.Copy(&sb, &chunkReader{strings.Repeat("x", 100000), 777})
	fmt.Println(n, err, sb.Len())
	n, err = io.CopyN(&sb, &chunkReader{"0123456789", 3}, 4)
	fmt.Println(n, err)
	n, err = io.CopyN(&sb, &chunkReader{"012", 3}, 4)
	fmt.Println(n, err)
	n, err = io.CopyN(&sb, strings.NewReader("abc"), 0)
	fmt.Println(n, err)
	n, err = io.Copy(&failWriter{5}, plainReader{strings.NewReader("0123456789")})
	fmt.Println(n, err)
	n, err = io.Copy(shortWriter{}, plainReader{strings.NewReader("0123456789")})
	fmt.Println(n, err)
	n, err = io.Copy(liar{}, plainReader{strings.NewReader("0123456789")})
	fmt.Println(n, err)
	n, err = io.CopyBuffer(&plainWriter{}, plainReader{strings.NewReader("0123456789")}, make([]byte, 3))
	fmt.Println(n, err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		io.CopyBuffer(&plainWriter{}, plainReader{strings.NewReader("x")}, []byte{})
	}()
	data, err := io.ReadAll(&chunkReader{strings.Repeat("data", 300), 100})
	fmt.Println(len(data), err)
	data, err = io.ReadAll(io.LimitReader(strings.NewReader("0123456789"), 4))
	fmt.Printf("%q %v\n", data, err)
	lr := &io.LimitedReader{R: strings.NewReader("abc"), N: -1}
	fmt.Println(lr.Read(buf))
	pw := &plainWriter{}
	fmt.Println(io.WriteString(pw, "via Write"))
	fmt.Println(io.WriteString(&sb, "via WriteString"))
	mr := io.MultiReader(strings.NewReader("ab"), &chunkReader{"", 1}, strings.NewReader("cde"),
		io.MultiReader(strings.NewReader("f"), strings.NewReader("gh")))
	for {
		n, err := mr.Read(buf[:2])
		fmt.Printf("%q %v; ", buf[:n], err)
		if err != nil {
			break
		}
	}
	fmt.Println()
	var sb1, sb2 strings.Builder
	mw := io.MultiWriter(&sb1, io.MultiWriter(&sb2, io.Discard))
	fmt.Println(mw.Write([]byte("hello ")))
	fmt.Println(io.WriteString(mw, "world"))
	fmt.Println(sb1.String(), sb2.String())
	fmt.Println(io.MultiWriter(&sb1, shortWriter{}, &sb2).Write([]byte("1234")))
	fmt.Println(io.MultiWriter(&failWriter{2}, &sb2).Write([]byte("1234")))
	n, err = io.Copy(&sb1, io.MultiReader(strings.NewReader("x"), strings.NewReader("y")))
	fmt.Println(n, err, sb1.String())
	var tee strings.Builder
	tr := io.TeeReader(strings.NewReader("teed data"), &tee)
	all, _ := io.ReadAll(tr)
	fmt.Printf("%q %q\n", all, tee.String())
	fmt.Println(io.TeeReader(strings.NewReader("abc"), &failWriter{1}).Read(buf))
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	fmt.Println(sr.Size())
	for _, off := range []int64{-1, 0, 3, 5} {
		n, err := sr.ReadAt(buf[:3], off)
		fmt.Printf("%d %q %v; ", n, buf[:n], err)
	}
	fmt.Println()
	fmt.Println(sr.Seek(1, io.SeekStart))
	rest, err := io.ReadAll(sr)
	fmt.Printf("%q %v\n", rest, err)
	fmt.Println(sr.Seek(-2, io.SeekEnd))
	fmt.Println(sr.Seek(-10, io.SeekCurrent))
	fmt.Println(sr.Seek(0, 42))
	fmt.Println(io.NewSectionReader(strings.NewReader("abc"), 1, 1<<62+(1<<62-1)).Size())
	n64, err := io.Discard.(io.ReaderFrom).ReadFrom(&chunkReader{strings.Repeat("z", 20000), 3000})
	fmt.Println(n64, err)
	fmt.Println(io.Discard.Write([]byte("ignored")))
	rc := io.NopCloser(strings.NewReader("nop"))
	_, isWriterTo := rc.(io.WriterTo)
	_, plainIsWriterTo := io.NopCloser(plainReader{}).(io.WriterTo)
	fmt.Println(rc.Close(), isWriterTo, plainIsWriterTo)
	pipes()
}

func pipes() {
	r, w := io.Pipe()
	done := make(chan bool)
	go func() {
		for _, s := range []string{"hello ", "", "pipe ", "world"} {
			n, err := w.Write([]byte(s))
			fmt.Println("wrote", n, err)
		}
		w.Close()
		done <- true
	}()
	got, err := io.ReadAll(r)
	<-done
	fmt.Printf("%q %v\n", got, err)
	fmt.Println(w.Write([]byte("late")))
	fmt.Println(r.Read(make([]byte, 1)))

	r, w = io.Pipe()
	go func() {
		w.Write([]byte("0123456789"))
		w.CloseWithError(errors.New("custom"))
	}()
	small := make([]byte, 4)
	for {
		n, err := r.Read(small)
		fmt.Printf("%q %v; ", small[:n], err)
		if err != nil {
			break
		}
	}
	fmt.Println()
	r, w = io.Pipe()
	r.CloseWithError(errors.New("reader gone"))
	fmt.Println(w.Write([]byte("x")))
	fmt.Println(r.Read(small))
	r.Close()
	w.CloseWithError(errors.New("second"))
	fmt.Println(w.Write(nil))
	r, w = io.Pipe()
	w.Close()
	w.CloseWithError(errors.New("ignored"))
	fmt.Println(r.Read(small))
}
