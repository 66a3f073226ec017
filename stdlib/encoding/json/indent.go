package json

import "bytes"

const hexDigits = "0123456789abcdef"

// HTMLEscape appends to dst the JSON-encoded src with <, >, & and U+2028, U+2029 inside
// strings changed to \u003c, \u003e, \u0026, \u2028, \u2029, so the JSON is safe to embed in
// an HTML <script> tag.
func HTMLEscape(dst *bytes.Buffer, src []byte) {
	start := 0
	for i, c := range src {
		if c == '<' || c == '>' || c == '&' {
			dst.Write(src[start:i])
			writeByteEscape(dst, c)
			start = i + 1
		}
		if isLineSeparator(src, i) {
			dst.Write(src[start:i])
			dst.WriteString(`\u202`)
			dst.WriteByte(hexDigits[src[i+2]&0xF])
			start = i + 3
		}
	}
	dst.Write(src[start:])
}

func writeByteEscape(dst *bytes.Buffer, c byte) {
	dst.WriteString(`\u00`)
	dst.WriteByte(hexDigits[c>>4])
	dst.WriteByte(hexDigits[c&0xF])
}

// isLineSeparator reports whether src[i:] starts with U+2028 or U+2029 in UTF-8.
func isLineSeparator(src []byte, i int) bool {
	return src[i] == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2]&^1 == 0xA8
}

// Compact appends to dst the JSON-encoded src with insignificant space characters elided.
func Compact(dst *bytes.Buffer, src []byte) error {
	return compact(dst, src, false)
}

// compact does not count bytes, so its syntax errors carry offset 0, as gc's do.
func compact(dst *bytes.Buffer, src []byte, escape bool) error {
	origLen := dst.Len()
	var s scanner
	s.reset()
	start := 0
	for i, c := range src {
		if escape && (c == '<' || c == '>' || c == '&') {
			dst.Write(src[start:i])
			writeByteEscape(dst, c)
			start = i + 1
		}
		if escape && isLineSeparator(src, i) {
			dst.Write(src[start:i])
			dst.WriteString(`\u202`)
			dst.WriteByte(hexDigits[src[i+2]&0xF])
			start = i + 3
		}
		op := s.step(c)
		if op >= opSkipSpace {
			if op == opError {
				break
			}
			if start < i {
				dst.Write(src[start:i])
			}
			start = i + 1
		}
	}
	if s.eof() == opError {
		dst.Truncate(origLen)
		return s.err
	}
	if start < len(src) {
		dst.Write(src[start:])
	}
	return nil
}

func newline(dst *bytes.Buffer, prefix, indent string, depth int) {
	dst.WriteByte('\n')
	dst.WriteString(prefix)
	for i := 0; i < depth; i++ {
		dst.WriteString(indent)
	}
}

// Indent appends to dst an indented form of the JSON-encoded src. Each element of an object or
// array begins on a new line starting with prefix followed by one or more copies of indent
// according to its nesting depth. Space before and after the value is kept as it is.
func Indent(dst *bytes.Buffer, src []byte, prefix, indent string) error {
	origLen := dst.Len()
	var s scanner
	s.reset()
	needIndent := false
	depth := 0
	for _, c := range src {
		s.bytes++
		op := s.step(c)
		if op == opSkipSpace {
			continue
		}
		if op == opError {
			break
		}
		if needIndent && op != opEndObject && op != opEndArray {
			needIndent = false
			depth++
			newline(dst, prefix, indent, depth)
		}
		if op == opContinue {
			dst.WriteByte(c)
			continue
		}
		switch c {
		case '{', '[':
			needIndent = true // an empty container stays on one line
			dst.WriteByte(c)
		case ',':
			dst.WriteByte(c)
			newline(dst, prefix, indent, depth)
		case ':':
			dst.WriteByte(c)
			dst.WriteByte(' ')
		case '}', ']':
			if needIndent {
				needIndent = false
			} else {
				depth--
				newline(dst, prefix, indent, depth)
			}
			dst.WriteByte(c)
		default:
			dst.WriteByte(c)
		}
	}
	if s.eof() == opError {
		dst.Truncate(origLen)
		return s.err
	}
	return nil
}
