package strings

import "unicode/utf8"

// Builder builds a string with Write methods, growing its buffer by
// doubling. The zero value is ready to use. A Builder that has been
// written to must not be copied: it remembers its own address and panics
// if used at another.
//
// String copies the buffer (minigo has no unsafe conversion), so call it
// once, at the end.
type Builder struct {
	self *Builder // the Builder's address once written to; nil before
	buf  []byte
}

// checkNotCopied panics if b is a copy of a Builder already used.
func (b *Builder) checkNotCopied() {
	if b.self == nil {
		b.self = b
	} else if b.self != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String returns the accumulated string.
func (b *Builder) String() string { return string(b.buf) }

// Len returns the number of accumulated bytes.
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the buffer, the bytes it can hold before
// growing again.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset empties the Builder, which may then be copied again.
func (b *Builder) Reset() {
	b.self = nil
	b.buf = nil
}

// grow makes room for n more bytes: the capacity becomes twice the old
// one plus n.
func (b *Builder) grow(n int) {
	buf := make([]byte, len(b.buf), 2*cap(b.buf)+n)
	copy(buf, b.buf)
	b.buf = buf
}

// Grow makes room for at least n more bytes without another allocation.
// It panics if n is negative.
func (b *Builder) Grow(n int) {
	b.checkNotCopied()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		b.grow(n)
	}
}

// Write appends p; it always returns len(p), nil.
func (b *Builder) Write(p []byte) (int, error) {
	b.checkNotCopied()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends c; it always returns nil.
func (b *Builder) WriteByte(c byte) error {
	b.checkNotCopied()
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of r (U+FFFD if invalid) and
// returns its length and nil.
func (b *Builder) WriteRune(r rune) (int, error) {
	b.checkNotCopied()
	if uint32(r) < utf8.RuneSelf {
		b.buf = append(b.buf, byte(r))
		return 1, nil
	}
	n := len(b.buf)
	if cap(b.buf)-n < utf8.UTFMax {
		b.grow(utf8.UTFMax)
	}
	size := utf8.EncodeRune(b.buf[n:n+utf8.UTFMax], r)
	b.buf = b.buf[:n+size]
	return size, nil
}

// WriteString appends s; it always returns len(s), nil.
func (b *Builder) WriteString(s string) (int, error) {
	b.checkNotCopied()
	b.buf = append(b.buf, s...)
	return len(s), nil
}
