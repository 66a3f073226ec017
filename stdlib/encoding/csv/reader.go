// Package csv reads and writes comma-separated values (CSV) files, the format RFC 4180
// describes: records of fields, one record per line, fields split by a delimiter rune and
// optionally enclosed in double quotes, a quote inside a quoted field written twice.
//
// A Reader also accepts what real files contain beyond RFC 4180: a different delimiter, comment
// lines, \n as well as \r\n line ends, blank lines (skipped), and, with LazyQuotes, quotes where
// the RFC forbids them. Errors say where they were found: the line the record started on, the
// line and the 1-based byte column of the offending character.
package csv

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode"
	"unicode/utf8"
)

// The errors a ParseError can carry.
var (
	ErrBareQuote     = errors.New("bare \" in non-quoted-field")
	ErrQuote         = errors.New("extraneous or missing \" in quoted-field")
	ErrFieldCount    = errors.New("wrong number of fields")
	ErrTrailingComma = errors.New("extra delimiter at end of line") // Deprecated: no longer used.
)

var errInvalidDelim = errors.New("csv: invalid field or comment delimiter")

// A ParseError is returned for parsing errors. Line and column numbers are 1-based.
type ParseError struct {
	StartLine int   // Line where the record starts
	Line      int   // Line where the error occurred
	Column    int   // Column (1-based byte index) where the error occurred
	Err       error // The actual error
}

// Error describes where the error was found; a record spanning several lines names both the
// line it started on and the line of the error.
func (e *ParseError) Error() string {
	switch {
	case e.Err == ErrFieldCount:
		return fmt.Sprintf("record on line %d: %v", e.Line, e.Err)
	case e.StartLine != e.Line:
		return fmt.Sprintf("record on line %d; parse error on line %d, column %d: %v",
			e.StartLine, e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("parse error on line %d, column %d: %v", e.Line, e.Column, e.Err)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// A Reader reads records from a CSV-encoded input.
//
// Fields are split by Comma; a field starting with a double quote runs to the matching closing
// quote and may then hold delimiters, newlines and doubled quotes. Carriage returns before a
// newline are dropped (also inside quoted fields). Empty lines are ignored.
type Reader struct {
	// Comma is the field delimiter, ',' by NewReader. It must be a valid rune other than \r, \n,
	// the double quote and the Unicode replacement character.
	Comma rune

	// Comment, if not 0, starts a comment line when it is a line's first character (without
	// leading white space). A comment line is skipped; a quoted field may still hold it.
	Comment rune

	// FieldsPerRecord is the number of fields each record must have: if positive, exactly that
	// many; if 0, as many as the first record has (set by the first Read); if negative, any.
	FieldsPerRecord int

	// LazyQuotes lets a quote appear in an unquoted field, and a lone quote in a quoted field.
	LazyQuotes bool

	// TrimLeadingSpace ignores white space before each field, even when it is the delimiter.
	TrimLeadingSpace bool

	// ReuseRecord lets Read return a slice sharing the previous call's backing array.
	ReuseRecord bool

	// TrailingComma is ignored. Deprecated: no longer used.
	TrailingComma bool

	in *bufio.Reader

	lineNumber int   // lines read so far
	offset     int64 // bytes read so far

	long []byte // a line longer than the bufio buffer, gathered piece by piece

	// The fields of the record being read, concatenated, and where each ends and starts.
	text      []byte
	fieldEnds []int
	positions []fieldPosition

	previous []string // the record last returned, reused with ReuseRecord
}

// fieldPosition is where a field starts: its line and 1-based byte column.
type fieldPosition struct {
	line, column int
}

// NewReader returns a new Reader that reads from r.
func NewReader(r io.Reader) *Reader {
	return &Reader{Comma: ',', in: bufio.NewReader(r)}
}

// Read reads one record (a slice of fields) from r. A record with too few or too many fields
// comes back with an ErrFieldCount ParseError; any other error returns a nil record. At the end
// of input it returns nil and io.EOF.
func (r *Reader) Read() (record []string, err error) {
	var reuse []string
	if r.ReuseRecord {
		reuse = r.previous
	}
	record, err = r.readRecord(reuse)
	if r.ReuseRecord {
		r.previous = record
	}
	return record, err
}

// FieldPos returns the line and column where field number field (0-based) of the record most
// recently returned by Read starts. It panics for an index out of range.
func (r *Reader) FieldPos(field int) (line, column int) {
	if field < 0 || field >= len(r.positions) {
		panic("out of range index passed to FieldPos")
	}
	p := r.positions[field]
	return p.line, p.column
}

// InputOffset returns the input stream byte offset of the current reader position: the end of
// the record most recently read.
func (r *Reader) InputOffset() int64 { return r.offset }

// ReadAll reads all the remaining records from r. A successful call returns err == nil, not
// io.EOF: ReadAll reads to the end and does not treat the end as an error.
func (r *Reader) ReadAll() (records [][]string, err error) {
	for {
		record, err := r.readRecord(nil)
		if err == io.EOF {
			return records, nil
		}
		if err != nil {
			return nil, err
		}
		records = append(records, record)
	}
}

// readLine returns the next line with its \r\n folded to \n (a line at the end of the input may
// have no \n; a \r just before the end of input is dropped). The slice is only valid until the
// next call. Every call counts a line, even one that only meets the end of input.
func (r *Reader) readLine() ([]byte, error) {
	line, err := r.in.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		r.long = append(r.long[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = r.in.ReadSlice('\n')
			r.long = append(r.long, line...)
		}
		line = r.long
	}
	read := len(line)
	if read > 0 && err == io.EOF {
		err = nil
		if line[read-1] == '\r' {
			line = line[:read-1]
		}
	}
	r.lineNumber++
	r.offset += int64(read)
	if n := len(line); n >= 2 && line[n-2] == '\r' && line[n-1] == '\n' {
		line[n-2] = '\n'
		line = line[:n-1]
	}
	return line, err
}

// newlineLength is 1 if line ends in \n, else 0.
func newlineLength(line []byte) int {
	if len(line) > 0 && line[len(line)-1] == '\n' {
		return 1
	}
	return 0
}

// firstRune is the rune line starts with (utf8.RuneError for none).
func firstRune(line []byte) rune {
	c, _ := utf8.DecodeRune(line)
	return c
}

// validDelim reports whether c can separate fields or start comments.
func validDelim(c rune) bool {
	return c != 0 && c != '"' && c != '\r' && c != '\n' && utf8.ValidRune(c) && c != utf8.RuneError
}

// nextRecordLine skips blank and comment lines and returns the first line of the next record.
func (r *Reader) nextRecordLine() ([]byte, error) {
	for {
		line, err := r.readLine()
		if err != nil {
			return line, err
		}
		if r.Comment != 0 && firstRune(line) == r.Comment {
			continue
		}
		if len(line) == newlineLength(line) {
			continue
		}
		return line, nil
	}
}

// recordScanner holds the state of one record's parse: the rest of the current line, where the
// scan stands, and the read error met so far (the record ends there).
type recordScanner struct {
	r       *Reader
	line    []byte
	at      fieldPosition
	start   int // the line the record starts on
	readErr error
}

// readRecord parses the next record, reusing dst's array if it is big enough.
func (r *Reader) readRecord(dst []string) ([]string, error) {
	if r.Comma == r.Comment || !validDelim(r.Comma) || (r.Comment != 0 && !validDelim(r.Comment)) {
		return nil, errInvalidDelim
	}
	line, readErr := r.nextRecordLine()
	if readErr == io.EOF {
		return nil, readErr
	}
	s := &recordScanner{r: r, line: line, readErr: readErr, start: r.lineNumber,
		at: fieldPosition{line: r.lineNumber, column: 1}}
	r.text, r.fieldEnds, r.positions = r.text[:0], r.fieldEnds[:0], r.positions[:0]
	err := s.scanFields()
	if err == nil {
		err = s.readErr
	}
	dst = r.splitText(dst)
	if r.FieldsPerRecord > 0 {
		if len(dst) != r.FieldsPerRecord && err == nil {
			err = &ParseError{StartLine: s.start, Line: s.start, Column: 1, Err: ErrFieldCount}
		}
	} else if r.FieldsPerRecord == 0 {
		r.FieldsPerRecord = len(dst)
	}
	return dst, err
}

// splitText cuts one string holding the whole record into its fields.
func (r *Reader) splitText(dst []string) []string {
	whole := string(r.text)
	if cap(dst) < len(r.fieldEnds) {
		dst = make([]string, len(r.fieldEnds))
	}
	dst = dst[:len(r.fieldEnds)]
	from := 0
	for i, end := range r.fieldEnds {
		dst[i] = whole[from:end]
		from = end
	}
	return dst
}

// endField records that a field starting at p ends at the current end of the text.
func (s *recordScanner) endField(p fieldPosition) {
	s.r.fieldEnds = append(s.r.fieldEnds, len(s.r.text))
	s.r.positions = append(s.r.positions, p)
}

// advance drops n bytes of the line, moving the column with them.
func (s *recordScanner) advance(n int) {
	s.line = s.line[n:]
	s.at.column += n
}

// fail makes the ParseError for err found at column on the current line.
func (s *recordScanner) fail(line, column int, err error) error {
	return &ParseError{StartLine: s.start, Line: line, Column: column, Err: err}
}

// scanFields reads fields until the record's line ends (outside quotes) or an error.
func (s *recordScanner) scanFields() error {
	for {
		if s.r.TrimLeadingSpace {
			s.skipSpace()
		}
		var more bool
		var err error
		if len(s.line) > 0 && s.line[0] == '"' {
			more, err = s.quotedField()
		} else {
			more, err = s.plainField()
		}
		if err != nil || !more {
			return err
		}
	}
}

// skipSpace drops white space before a field; a line of only space leaves the column at the
// newline rather than after it.
func (s *recordScanner) skipSpace() {
	n := bytes.IndexFunc(s.line, func(c rune) bool { return !unicode.IsSpace(c) })
	if n < 0 {
		n = len(s.line)
		s.at.column -= newlineLength(s.line)
	}
	s.advance(n)
}

// plainField takes an unquoted field; more says whether a delimiter followed it.
func (s *recordScanner) plainField() (more bool, err error) {
	comma := bytes.IndexRune(s.line, s.r.Comma)
	field := s.line
	if comma >= 0 {
		field = field[:comma]
	} else {
		field = field[:len(field)-newlineLength(field)]
	}
	if !s.r.LazyQuotes {
		if q := bytes.IndexByte(field, '"'); q >= 0 {
			return false, s.fail(s.r.lineNumber, s.at.column+q, ErrBareQuote)
		}
	}
	s.r.text = append(s.r.text, field...)
	s.endField(s.at)
	if comma < 0 {
		return false, nil
	}
	s.advance(comma + utf8.RuneLen(s.r.Comma))
	return true, nil
}

// quotedField takes a field in quotes, reading further lines while it stays open; more says
// whether a delimiter followed its closing quote.
func (s *recordScanner) quotedField() (more bool, err error) {
	begin := s.at
	s.advance(1)
	for {
		q := bytes.IndexByte(s.line, '"')
		switch {
		case q >= 0:
			s.r.text = append(s.r.text, s.line[:q]...)
			s.advance(q + 1)
			done, more, err := s.afterQuote(begin)
			if done || err != nil {
				return more, err
			}
		case len(s.line) > 0:
			// The field goes on past this line's end.
			s.r.text = append(s.r.text, s.line...)
			if s.readErr != nil {
				return false, nil
			}
			s.at.column += len(s.line)
			s.line, s.readErr = s.r.readLine()
			if len(s.line) > 0 {
				s.at.line++
				s.at.column = 1
			}
			if s.readErr == io.EOF {
				s.readErr = nil
			}
		default:
			// The input ended inside the quotes.
			if !s.r.LazyQuotes && s.readErr == nil {
				return false, s.fail(s.at.line, s.at.column, ErrQuote)
			}
			s.endField(begin)
			return false, nil
		}
	}
}

// afterQuote decides what a quote inside a quoted field was: an escaped quote, the end of the
// field before a delimiter or the line's end, a lazy bare quote, or an error. done says the field
// ended.
func (s *recordScanner) afterQuote(begin fieldPosition) (done, more bool, err error) {
	next := firstRune(s.line)
	switch {
	case next == '"':
		s.r.text = append(s.r.text, '"')
		s.advance(1)
	case next == s.r.Comma:
		s.advance(utf8.RuneLen(s.r.Comma))
		s.endField(begin)
		return true, true, nil
	case newlineLength(s.line) == len(s.line):
		s.endField(begin)
		return true, false, nil
	case s.r.LazyQuotes:
		s.r.text = append(s.r.text, '"')
	default:
		return true, false, s.fail(s.r.lineNumber, s.at.column-1, ErrQuote)
	}
	return false, false, nil
}
