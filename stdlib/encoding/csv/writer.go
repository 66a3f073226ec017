package csv

import (
	"bufio"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Writer writes records in CSV encoding, buffered: call Flush (and check Error) when done.
//
// A field is quoted when it must be for a Reader to read it back: when it holds the delimiter,
// a quote, \r or \n, starts with white space, or is the two characters \. (which some tools read
// as an end-of-data marker). Quotes inside are doubled.
type Writer struct {
	Comma   rune // Field delimiter (set to ',' by NewWriter)
	UseCRLF bool // True to use \r\n as the line terminator (a \r\n inside a field too)

	out *bufio.Writer
}

// NewWriter returns a new Writer that writes to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{Comma: ',', out: bufio.NewWriter(w)}
}

// Write writes a single CSV record to w along with any necessary quoting. A record is a slice of
// strings with each string being one field. Writes are buffered, so Flush must eventually be
// called to ensure that the record is written to the underlying io.Writer.
func (w *Writer) Write(record []string) error {
	if !validDelim(w.Comma) {
		return errInvalidDelim
	}
	for i, field := range record {
		if i > 0 {
			if _, err := w.out.WriteRune(w.Comma); err != nil {
				return err
			}
		}
		if err := w.writeField(field); err != nil {
			return err
		}
	}
	_, err := w.out.WriteString(w.lineEnd())
	return err
}

// lineEnd is the record terminator.
func (w *Writer) lineEnd() string {
	if w.UseCRLF {
		return "\r\n"
	}
	return "\n"
}

// writeField writes one field, quoted if it needs it.
func (w *Writer) writeField(field string) error {
	if !w.fieldNeedsQuotes(field) {
		_, err := w.out.WriteString(field)
		return err
	}
	if err := w.out.WriteByte('"'); err != nil {
		return err
	}
	for field != "" {
		special := strings.IndexAny(field, "\"\r\n")
		if special < 0 {
			special = len(field)
		}
		if _, err := w.out.WriteString(field[:special]); err != nil {
			return err
		}
		field = field[special:]
		if field == "" {
			break
		}
		if _, err := w.out.WriteString(w.escape(field[0])); err != nil {
			return err
		}
		field = field[1:]
	}
	return w.out.WriteByte('"')
}

// escape is what a quote, \r or \n becomes inside a quoted field. With UseCRLF a lone \r is
// dropped and \n written as \r\n, so a field's \r\n comes out as one \r\n.
func (w *Writer) escape(c byte) string {
	switch {
	case c == '"':
		return `""`
	case c == '\r' && w.UseCRLF:
		return ""
	case c == '\n' && w.UseCRLF:
		return "\r\n"
	}
	return string(rune(c))
}

// Flush writes any buffered data to the underlying io.Writer. To check if an error occurred
// during the Flush, call Error.
func (w *Writer) Flush() {
	w.out.Flush()
}

// Error reports any error that has occurred during a previous Write or Flush.
func (w *Writer) Error() error {
	_, err := w.out.Write(nil)
	return err
}

// WriteAll writes multiple CSV records to w using Write and then calls Flush, returning any
// error from the Flush.
func (w *Writer) WriteAll(records [][]string) error {
	for _, record := range records {
		if err := w.Write(record); err != nil {
			return err
		}
	}
	return w.out.Flush()
}

// fieldNeedsQuotes reports whether field must be quoted to read back as itself.
func (w *Writer) fieldNeedsQuotes(field string) bool {
	if field == "" {
		return false
	}
	if field == `\.` {
		return true
	}
	if w.Comma < utf8.RuneSelf {
		comma := byte(w.Comma)
		for i := 0; i < len(field); i++ {
			if c := field[i]; c == '\n' || c == '\r' || c == '"' || c == comma {
				return true
			}
		}
	} else if strings.ContainsRune(field, w.Comma) || strings.ContainsAny(field, "\"\r\n") {
		return true
	}
	first, _ := utf8.DecodeRuneInString(field)
	return unicode.IsSpace(first)
}
