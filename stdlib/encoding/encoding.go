// Package encoding defines the interfaces by which a type converts its values to and
// from bytes or text, shared by packages such as encoding/json, encoding/gob and flag.
// Only interfaces live here; time.Time, for one, implements all four.
package encoding

// BinaryMarshaler is implemented by a value that can encode itself in binary form.
type BinaryMarshaler interface {
	MarshalBinary() (data []byte, err error)
}

// BinaryUnmarshaler is implemented by a value that can decode a binary form of
// itself; it must copy data if it keeps it after returning.
type BinaryUnmarshaler interface {
	UnmarshalBinary(data []byte) error
}

// TextMarshaler is implemented by a value that can encode itself as UTF-8 text.
type TextMarshaler interface {
	MarshalText() (text []byte, err error)
}

// TextUnmarshaler is implemented by a value that can decode a UTF-8 textual form of
// itself; it must copy text if it keeps it after returning.
type TextUnmarshaler interface {
	UnmarshalText(text []byte) error
}
