// text/tabwriter: alignment of column blocks, every flag, padding with spaces, dots and tabs,
// escapes, HTML filtering, form feeds, when output appears (lines of one cell flush), errors
// of the output, and the panics.
package main

import (
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"
)

// record is an output that records each Write.
type record struct {
	writes []string
}

func (r *record) Write(p []byte) (int, error) {
	r.writes = append(r.writes, string(p))
	return len(p), nil
}

func (r *record) text() string { return strings.Join(r.writes, "") }

// failing accepts limit bytes, then fails (short writes first, then an error).
type failing struct {
	limit int
	short bool
}

func (f *failing) Write(p []byte) (int, error) {
	if len(p) <= f.limit {
		f.limit -= len(p)
		return len(p), nil
	}
	if f.short {
		return 0, nil
	}
	return 0, errors.New("disk full")
}

type panicky struct{}

func (panicky) Write(p []byte) (int, error) { panic("boom") }

func show(name string, minwidth, tabwidth, padding int, padchar byte, flags uint, input ...string) {
	out := &record{}
	w := tabwriter.NewWriter(out, minwidth, tabwidth, padding, padchar, flags)
	for _, s := range input {
		before := len(out.writes)
		w.Write([]byte(s))
		if len(out.writes) != before {
			fmt.Printf("  (%s: output after writing %q)\n", name, s)
		}
	}
	err := w.Flush()
	fmt.Printf("%s: %v\n%s\n--\n", name, err, out.text())
}

func main() {
	table := "a\tb\tc\naaa\tbbbbb\tc\n\tx\ty\nlonger cell\t\tz\n"
	show("basic", 0, 8, 1, ' ', 0, table)
	show("minwidth", 5, 0, 1, '.', 0, table)
	show("padding", 0, 8, 3, '-', 0, table)
	show("right", 0, 8, 1, ' ', tabwriter.AlignRight, table)
	show("right with tabs", 0, 8, 1, '\t', tabwriter.AlignRight, table)
	show("tabs", 0, 8, 1, '\t', 0, table)
	show("tabs width 4", 0, 4, 0, '\t', 0, table)
	show("tabs width 0", 0, 0, 1, '\t', 0, table)
	show("debug", 0, 8, 1, ' ', tabwriter.Debug, table, "x\fy\tz\n")
	show("blocks", 0, 8, 1, '.', 0, "a\tb\nccc\tdd\none cell line\nx\ty\tz\nxxxxx\tyyyy\tz\n")
	show("trailing", 0, 8, 1, '.', 0, "a\tb\tc", "\nd\t")
	show("soft tabs", 0, 8, 1, '.', 0, "a\vb\vc\n\v\vc\naa\vbb\v\n")
	show("discard", 0, 8, 1, '.', tabwriter.DiscardEmptyColumns, "a\v\vc\nb\v\vd\n")
	show("discard htab", 0, 8, 1, '.', tabwriter.DiscardEmptyColumns, "a\t\tc\nb\t\td\n")
	show("tabindent", 0, 4, 1, '.', tabwriter.TabIndent, "\t\tindented\tx\n\tone\ty\n")
	show("escape", 0, 8, 1, '.', 0, "a\xff\tb\xff\tc\n\xffxyz\xff\td\n")
	show("strip escape", 0, 8, 1, '.', tabwriter.StripEscape, "a\xff\tb\xff\tc\n\xffxyz\xff\td\n")
	show("open escape", 0, 8, 1, '.', 0, "a\tb\xffc\td")
	show("html", 0, 8, 1, '.', tabwriter.FilterHTML, "<b>bold</b>\t&amp;x\tc\nplain\t&lt;&gt;\tc\n")
	show("no html filter", 0, 8, 1, '.', 0, "<b>bold</b>\t&amp;x\tc\nplain\t&lt;&gt;\tc\n")
	show("utf8", 0, 8, 1, '.', 0, "héllo\twörld\tx\n日本語\tz\tx\n")
	show("formfeed", 0, 8, 1, '.', 0, "a\tb\fccc\tddd\naa\tbb\n")
	show("pieces", 0, 8, 1, '.', 0, "a", "\tbb", "b\t", "c\n", "dd", "d\tee\n", "single\n", "x\ty\n")
	show("empty", 0, 8, 1, '.', 0)
	show("newlines", 0, 8, 1, '.', 0, "\n\n\t\n")
	show("many pads", 0, 8, 1, '*', 0, "x\t"+strings.Repeat("y", 30)+"\n"+strings.Repeat("z", 20)+"\ty\n")

	for _, f := range []*failing{{limit: 3}, {limit: 10}, {limit: 3, short: true}} {
		w := tabwriter.NewWriter(f, 0, 8, 1, ' ', 0)
		n, err := w.Write([]byte("abc\tdef\nsingle\nxyz\tq\n"))
		ferr := w.Flush()
		fmt.Println("failing", n, err, ferr)
	}
	w := tabwriter.NewWriter(panicky{}, 0, 8, 1, ' ', 0)
	w.Write([]byte("a\tb\n"))
	func() {
		defer func() { fmt.Println("panicky Flush:", recover()) }()
		w.Flush()
	}()
	func() {
		defer func() { fmt.Println("panicky Write:", recover()) }()
		w.Write([]byte("one cell\n"))
	}()
	func() {
		defer func() { fmt.Println("negative:", recover()) }()
		tabwriter.NewWriter(&record{}, -1, 8, 1, ' ', 0)
	}()
	var reused tabwriter.Writer
	out := &record{}
	reused.Init(out, 0, 8, 2, ' ', 0)
	reused.Write([]byte("k\tv\nkey\tvalue\n"))
	reused.Flush()
	fmt.Printf("%q\n", out.text())
}
