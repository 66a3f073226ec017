// Package tabwriter implements a write filter (tabwriter.Writer) that translates tabbed
// columns in input into properly aligned text, using the Elastic Tabstops algorithm.
//
// The Writer keeps the text of the pending lines in one buffer and, per line, the list of its
// cells (size in bytes, width in runes). A column block is a run of consecutive lines that all
// have a cell in that column; its width is its widest cell plus padding. Formatting recurses:
// for each block of column k it pushes the block's width and formats column k+1 within the
// block. Text is written out when a line ends with a single cell (nothing can align with what
// comes after) or at a form feed or Flush, as gc does, so output appears at the same calls.
package tabwriter

import (
	"io"
	"unicode/utf8"
)

// A cell is text terminated by a tab or line break.
type cell struct {
	size  int  // bytes
	width int  // runes, not counting escapes and HTML tags
	htab  bool // terminated by '\t' (not '\v')
}

// A Writer is a filter that inserts padding around tab-delimited columns in its input to align
// them in the output.
//
// The Writer treats incoming bytes as UTF-8-encoded text consisting of cells terminated by
// horizontal ('\t') or vertical ('\v') tabs, and newline ('\n') or formfeed ('\f') characters;
// both newline and formfeed act as line breaks. Tab-terminated cells in contiguous lines
// constitute a column. The Writer inserts padding as needed to make all cells in a column have
// the same width. A formfeed also terminates the current column block, and the Writer flushes
// at once. Text between a pair of Escape characters is passed through unchanged and counted as
// one cell of its width; with FilterHTML, HTML tags have zero width and entities width one.
//
// The Writer must buffer input internally, because proper spacing of one line may depend on
// the cells in future lines. Clients must call Flush when done calling Write.
type Writer struct {
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padbytes [8]byte
	flags    uint

	buf     []byte   // the text of the pending cells, without tabs and line breaks
	counted int      // buf[:counted] is already counted in cur.width
	cur     cell     // the cell being written
	endChar byte     // what ends the escape in progress (0: none)
	lines   [][]cell // the pending lines' cells
	widths  []int    // column widths of the blocks being formatted, outermost first
}

// Formatting control flags.
const (
	// FilterHTML ignores html tags and treats entities (starting with '&' and ending in ';')
	// as single characters (width = 1).
	FilterHTML uint = 1 << iota

	// StripEscape strips Escape characters bracketing escaped text segments instead of passing
	// them through unchanged with the text.
	StripEscape

	// AlignRight forces right-alignment of cell content. Default is left-alignment.
	AlignRight

	// DiscardEmptyColumns handles empty columns as if they were not present in the input in
	// the first place.
	DiscardEmptyColumns

	// TabIndent always uses tabs for indentation columns (i.e., padding of leading empty cells
	// on the left) independent of padchar.
	TabIndent

	// Debug prints a vertical bar ('|') between columns (after formatting).
	Debug
)

// Escape is the escape character: to escape text segments, bracket them with it. For
// instance, the tab in this string "Ignore this tab: \xff\t\xff" does not terminate a cell and
// constitutes a single character of width one for formatting purposes.
//
// The value 0xff was chosen because it cannot appear in a valid UTF-8 sequence.
const Escape = '\xff'

// newLine starts a line. After a plain newline the new line's cell list gets room for as many
// cells as the line before, which is what gc does; only allocation can tell.
func (b *Writer) newLine(flushed bool) {
	b.lines = append(b.lines, nil)
	if n := len(b.lines); !flushed && n >= 2 {
		b.lines[n-1] = make([]cell, 0, len(b.lines[n-2]))
	}
}

func (b *Writer) reset() {
	b.buf = b.buf[:0]
	b.counted = 0
	b.cur = cell{}
	b.endChar = 0
	b.lines = b.lines[:0]
	b.widths = b.widths[:0]
	b.newLine(true)
}

// Init initializes a Writer. The first parameter (output) specifies the filter output. The
// remaining parameters control the formatting:
//
//	minwidth	minimal cell width including any padding
//	tabwidth	width of tab characters (equivalent number of spaces)
//	padding		padding added to a cell before computing its width
//	padchar		ASCII char used for padding
//			if padchar == '\t', the Writer will assume that the
//			width of a '\t' in the formatted output is tabwidth,
//			and cells are left-aligned independent of align_left
//			(for correct-looking results, tabwidth must correspond
//			to the tab width in the viewer displaying the result)
//	flags		formatting control
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	b.output = output
	b.minwidth = minwidth
	b.tabwidth = tabwidth
	b.padding = padding
	for i := range b.padbytes {
		b.padbytes[i] = padchar
	}
	if padchar == '\t' {
		flags &^= AlignRight // tabs pad on the right only
	}
	b.flags = flags
	b.reset()
	return b
}

// writeFailure carries an error of the output through a panic to the exported method.
type writeFailure struct {
	err error
}

func (b *Writer) emit(p []byte) {
	n, err := b.output.Write(p)
	if n != len(p) && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		panic(writeFailure{err})
	}
}

// emitRepeated writes n bytes made of repetitions of unit.
func (b *Writer) emitRepeated(unit []byte, n int) {
	for ; n > len(unit); n -= len(unit) {
		b.emit(unit)
	}
	b.emit(unit[:n])
}

var tabs = []byte("\t\t\t\t\t\t\t\t")

// pad fills a cell of text width textw out to cellw.
func (b *Writer) pad(textw, cellw int, useTabs bool) {
	if b.padbytes[0] != '\t' && !useTabs {
		b.emitRepeated(b.padbytes[:], cellw-textw)
		return
	}
	if b.tabwidth == 0 {
		return // a tab of no width cannot pad
	}
	cellw = (cellw + b.tabwidth - 1) / b.tabwidth * b.tabwidth
	n := cellw - textw
	if n < 0 {
		panic("internal error")
	}
	b.emitRepeated(tabs, (n+b.tabwidth-1)/b.tabwidth)
}

// writeLines writes lines [first, end) whose text starts at buf[pos], padding each cell to the
// current widths, and returns where the text after them starts.
func (b *Writer) writeLines(pos, first, end int) int {
	for i := first; i < end; i++ {
		useTabs := b.flags&TabIndent != 0
		for j, c := range b.lines[i] {
			if j > 0 && b.flags&Debug != 0 {
				b.emit([]byte{'|'})
			}
			padded := j < len(b.widths)
			switch {
			case c.size == 0:
				if padded {
					b.pad(c.width, b.widths[j], useTabs)
				}
			case b.flags&AlignRight == 0:
				useTabs = false
				b.emit(b.buf[pos : pos+c.size])
				if padded {
					b.pad(c.width, b.widths[j], false)
				}
			default:
				useTabs = false
				if padded {
					b.pad(c.width, b.widths[j], false)
				}
				b.emit(b.buf[pos : pos+c.size])
			}
			pos += c.size
		}
		if i+1 == len(b.lines) {
			// The last line is unterminated: its text so far is the cell being written.
			b.emit(b.buf[pos : pos+b.cur.size])
			pos += b.cur.size
		} else {
			b.emit([]byte{'\n'})
		}
	}
	return pos
}

// format writes lines [first, end), aligning column len(b.widths) and, recursively, the ones
// after it, block by block.
func (b *Writer) format(pos, first, end int) int {
	column := len(b.widths)
	for this := first; this < end; this++ {
		if column >= len(b.lines[this])-1 {
			continue // no cell in this column: not part of a block
		}
		// A block starts here: write the lines before it as they are.
		pos = b.writeLines(pos, first, this)
		first = this
		width := b.minwidth
		discardable := true
		for ; this < end; this++ {
			line := b.lines[this]
			if column >= len(line)-1 {
				break
			}
			c := line[column]
			if w := c.width + b.padding; w > width {
				width = w
			}
			if c.width > 0 || c.htab {
				discardable = false
			}
		}
		if discardable && b.flags&DiscardEmptyColumns != 0 {
			width = 0
		}
		b.widths = append(b.widths, width)
		pos = b.format(pos, first, this)
		b.widths = b.widths[:len(b.widths)-1]
		first = this
	}
	return b.writeLines(pos, first, end)
}

func (b *Writer) appendText(text []byte) {
	b.buf = append(b.buf, text...)
	b.cur.size += len(text)
}

func (b *Writer) countWidth() {
	b.cur.width += utf8.RuneCount(b.buf[b.counted:])
	b.counted = len(b.buf)
}

func (b *Writer) startEscape(ch byte) {
	switch ch {
	case Escape:
		b.endChar = Escape
	case '<':
		b.endChar = '>'
	case '&':
		b.endChar = ';'
	}
}

func (b *Writer) endEscape() {
	switch b.endChar {
	case Escape:
		b.countWidth()
		if b.flags&StripEscape == 0 {
			b.cur.width -= 2 // the Escape characters themselves
		}
	case ';':
		b.cur.width++ // an entity is one character
	}
	// A tag ('>') has no width.
	b.counted = len(b.buf)
	b.endChar = 0
}

// endCell adds the current cell to the current line and returns the line's cell count.
func (b *Writer) endCell(htab bool) int {
	b.cur.htab = htab
	line := &b.lines[len(b.lines)-1]
	*line = append(*line, b.cur)
	b.cur = cell{}
	return len(*line)
}

// recoverFrom turns an output error into the method's error (after a failed Flush the Writer
// starts afresh); other panics become gc's "tabwriter: panic during" ones.
func (b *Writer) recoverFrom(err *error, op string) {
	if e := recover(); e != nil {
		if op == "Flush" {
			b.reset()
		}
		if failure, ok := e.(writeFailure); ok {
			*err = failure.err
			return
		}
		panic("tabwriter: panic during " + op)
	}
}

// Flush should be called after the last call to Write to ensure that any data buffered in the
// Writer is written to output. Any incomplete escape sequence at the end is considered
// complete for formatting purposes.
func (b *Writer) Flush() (err error) {
	defer b.recoverFrom(&err, "Flush")
	b.flushPending()
	return nil
}

func (b *Writer) flushPending() {
	if b.cur.size > 0 {
		if b.endChar != 0 {
			b.endEscape()
		}
		b.endCell(false)
	}
	b.format(0, 0, len(b.lines))
	b.reset()
}

// Write writes buf to the writer b. The only errors returned are ones encountered while
// writing to the underlying output stream.
func (b *Writer) Write(buf []byte) (n int, err error) {
	defer b.recoverFrom(&err, "Write")
	n = 0 // buf[:n] is handled; reported as written if the output fails
	for i, ch := range buf {
		if b.endChar != 0 {
			if ch == b.endChar {
				end := i + 1
				if ch == Escape && b.flags&StripEscape != 0 {
					end = i
				}
				b.appendText(buf[n:end])
				n = i + 1
				b.endEscape()
			}
			continue
		}
		switch ch {
		case '\t', '\v', '\n', '\f':
			b.appendText(buf[n:i])
			b.countWidth()
			n = i + 1
			cells := b.endCell(ch == '\t')
			if ch == '\n' || ch == '\f' {
				b.newLine(ch == '\f')
				// A line of one cell cannot align with anything later: write what is pending.
				if ch == '\f' || cells == 1 {
					b.flushPending()
					if ch == '\f' && b.flags&Debug != 0 {
						b.emit([]byte("---\n"))
					}
				}
			}
		case Escape:
			b.appendText(buf[n:i])
			b.countWidth()
			n = i
			if b.flags&StripEscape != 0 {
				n++
			}
			b.startEscape(Escape)
		case '<', '&':
			if b.flags&FilterHTML != 0 {
				b.appendText(buf[n:i])
				b.countWidth()
				n = i
				b.startEscape(ch)
			}
		}
	}
	b.appendText(buf[n:])
	return len(buf), nil
}

// NewWriter allocates and initializes a new tabwriter.Writer. The parameters are the same as
// for the Init function.
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}
