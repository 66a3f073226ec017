// Package encoding defines the interfaces shared by packages that convert data to and from
// byte-level and textual representations.
package encoding

// BinaryMarshaler is implemented by values that can encode themselves into binary form.
type BinaryMarshaler interface {
	MarshalBinary() (data []byte, err error)
}

// BinaryUnmarshaler is implemented by values that can decode a binary form of themselves.
type BinaryUnmarshaler interface {
	UnmarshalBinary(data []byte) error
}

// TextMarshaler is implemented by values that can encode themselves into UTF-8 text.
type TextMarshaler interface {
	MarshalText() (text []byte, err error)
}

// TextUnmarshaler is implemented by values that can decode a textual form of themselves.
type TextUnmarshaler interface {
	UnmarshalText(text []byte) error
}
