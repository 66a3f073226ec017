// encoding/csv against gc: fixed cases, then thousands of random inputs read under every option,
// and random records written and read back.
package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

var seed uint64 = 0x9e3779b97f4a7c15

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func pick(n int) int { return int(next() % uint64(n)) }

var pieces = []string{"a", "b", "cd", ",", ",", ";", "\"", "\"", "\"\"", "\n", "\n", "\r", "\r\n", " ", "\t", "#", "é", "x y", "\u00a0"}

func randomText(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(pieces[pick(len(pieces))])
	}
	return b.String()
}

type options struct {
	comma, comment rune
	lazy, trim     bool
	fields         int
	reuse          bool
}

func (o options) String() string {
	return fmt.Sprintf("comma=%q comment=%q lazy=%v trim=%v fields=%d reuse=%v", o.comma, o.comment, o.lazy, o.trim, o.fields, o.reuse)
}

func describe(err error) string {
	if err == nil {
		return "<nil>"
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Sprintf("%v [start=%d line=%d col=%d bare=%v quote=%v count=%v]", err, pe.StartLine, pe.Line, pe.Column,
			errors.Is(err, csv.ErrBareQuote), errors.Is(err, csv.ErrQuote), errors.Is(err, csv.ErrFieldCount))
	}
	return err.Error()
}

func readEach(input string, o options) string {
	r := csv.NewReader(strings.NewReader(input))
	r.Comma, r.Comment, r.LazyQuotes, r.TrimLeadingSpace, r.FieldsPerRecord, r.ReuseRecord = o.comma, o.comment, o.lazy, o.trim, o.fields, o.reuse
	var out strings.Builder
	for i := 0; i < 50; i++ {
		rec, err := r.Read()
		fmt.Fprintf(&out, " %q", rec)
		if rec != nil {
			for f := range rec {
				l, c := r.FieldPos(f)
				fmt.Fprintf(&out, "@%d:%d", l, c)
			}
		}
		fmt.Fprintf(&out, " off=%d", r.InputOffset())
		if err != nil {
			fmt.Fprintf(&out, " err=%s", describe(err))
			if err == io.EOF || !errors.Is(err, csv.ErrFieldCount) {
				break
			}
		}
	}
	return out.String()
}

func readAll(input string, o options) string {
	r := csv.NewReader(strings.NewReader(input))
	r.Comma, r.Comment, r.LazyQuotes, r.TrimLeadingSpace, r.FieldsPerRecord = o.comma, o.comment, o.lazy, o.trim, o.fields
	recs, err := r.ReadAll()
	return fmt.Sprintf("%q %s", recs, describe(err))
}

var commas = []rune{',', ';', '\t', 'é'}

func randomOptions() options {
	o := options{comma: commas[pick(len(commas))], lazy: pick(2) == 0, trim: pick(3) == 0, fields: pick(3) - 1, reuse: pick(2) == 0}
	if pick(3) == 0 {
		o.comment = '#'
	}
	return o
}

func fixed() {
	in := "first_name,last_name,username\n\"Rob\",\"Pike\",rob\n# lines beginning with a # character are ignored\nKen,Thompson,ken\n\"Robert\",\"Griesemer\",\"gri\"\n"
	r := csv.NewReader(strings.NewReader(in))
	r.Comment = '#'
	recs, err := r.ReadAll()
	fmt.Println(recs, err)

	for _, o := range []options{{comma: '"'}, {comma: '\n'}, {comma: 0}, {comma: ',', comment: ','}, {comma: ',', comment: '\r'}, {comma: 0xFFFD}, {comma: -1}} {
		r := csv.NewReader(strings.NewReader("a,b\n"))
		r.Comma, r.Comment = o.comma, o.comment
		rec, err := r.Read()
		fmt.Printf("%q %v\n", rec, err)
	}

	long := strings.Repeat("x", 10000) + ",\"" + strings.Repeat("y\n", 3000) + "\"\n" + strings.Repeat("z", 5000)
	r = csv.NewReader(strings.NewReader(long))
	for {
		rec, err := r.Read()
		if err != nil {
			fmt.Println("long:", err, r.InputOffset())
			break
		}
		lens := []int{}
		for _, f := range rec {
			lens = append(lens, len(f))
		}
		fmt.Println("long:", lens, r.InputOffset())
	}

	r = csv.NewReader(strings.NewReader("a,b\n"))
	r.Read()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		r.FieldPos(2)
	}()

	r = csv.NewReader(io.MultiReader(strings.NewReader("a,\"b\nc"), errReader{}))
	rec, err := r.Read()
	fmt.Printf("%q %v\n", rec, err)
	rec, err = r.Read()
	fmt.Printf("%q %v\n", rec, err)

	var pe error = &csv.ParseError{StartLine: 1, Line: 1, Column: 1, Err: csv.ErrTrailingComma}
	fmt.Println(pe, errors.Unwrap(pe) == csv.ErrTrailingComma)

	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	fmt.Println(w.Write([]string{"a", "b c", " lead", "\\.", "q\"uote", "", "line\nbreak", "cr\rlf\r\n", "é"}), w.Error())
	w.Flush()
	fmt.Printf("%q %v\n", buf.String(), w.Error())
	w.Comma = '"'
	fmt.Println(w.Write([]string{"x"}))
	w.Comma = 'é'
	w.UseCRLF = true
	fmt.Println(w.WriteAll([][]string{{"aéb", "c", "d\re", "f\ng", "h\r\ni"}, {}, {""}}))
	fmt.Printf("%q\n", buf.String())

	fw := csv.NewWriter(failWriter{})
	fw.Write([]string{"a"})
	fw.Flush()
	fmt.Println("fail:", fw.Error(), fw.WriteAll([][]string{{"b"}}))
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("disk gone") }

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("full") }

func main() {
	fixed()
	for i := 0; i < 1200; i++ {
		input := randomText(1 + pick(14))
		o := randomOptions()
		fmt.Printf("%d %q %v\n  each:%s\n  all: %s\n", i, input, o, readEach(input, o), readAll(input, o))
	}
	for i := 0; i < 250; i++ {
		var records [][]string
		for n := pick(4); n > 0; n-- {
			var rec []string
			for m := 1 + pick(4); m > 0; m-- {
				rec = append(rec, randomText(pick(4)))
			}
			records = append(records, rec)
		}
		var buf bytes.Buffer
		w := csv.NewWriter(&buf)
		w.Comma = commas[pick(len(commas))]
		w.UseCRLF = pick(2) == 0
		err := w.WriteAll(records)
		r := csv.NewReader(&buf)
		r.Comma = w.Comma
		r.FieldsPerRecord = -1
		text := buf.String()
		back, rerr := r.ReadAll()
		fmt.Printf("w%d %q %v -> %q %v\n", i, text, err, back, describe(rerr))
	}
}
