// Package crc64 implements the 64-bit cyclic redundancy check, or CRC-64, checksum, in its
// reflected (least significant bit first) form.
package crc64

import "hash"

// The size of a CRC-64 checksum in bytes.
const Size = 8

// Predefined polynomials.
const (
	// The ISO polynomial, defined in ISO 3309 and used in HDLC.
	ISO = 0xD800000000000000

	// The ECMA polynomial, defined in ECMA 182.
	ECMA = 0xC96C5795D7870F42
)

// Table is a 256-word table representing the polynomial for efficient processing.
type Table [256]uint64

var (
	isoTable  *Table
	ecmaTable *Table
)

func buildTable(poly uint64) *Table {
	t := new(Table)
	for i := range t {
		crc := uint64(i)
		for bit := 0; bit < 8; bit++ {
			if crc&1 == 1 {
				crc = crc>>1 ^ poly
			} else {
				crc >>= 1
			}
		}
		t[i] = crc
	}
	return t
}

// MakeTable returns a Table constructed from the specified polynomial. The contents of this
// Table must not be modified.
func MakeTable(poly uint64) *Table {
	switch poly {
	case ISO:
		if isoTable == nil {
			isoTable = buildTable(ISO)
		}
		return isoTable
	case ECMA:
		if ecmaTable == nil {
			ecmaTable = buildTable(ECMA)
		}
		return ecmaTable
	}
	return buildTable(poly)
}

// Update returns the result of adding the bytes in p to the crc.
func Update(crc uint64, tab *Table, p []byte) uint64 {
	crc = ^crc
	for _, b := range p {
		crc = tab[byte(crc)^b] ^ crc>>8
	}
	return ^crc
}

// Checksum returns the CRC-64 checksum of data using the polynomial represented by the Table.
func Checksum(data []byte, tab *Table) uint64 { return Update(0, tab, data) }

type digest struct {
	crc uint64
	tab *Table
}

// New creates a new hash.Hash64 computing the CRC-64 checksum using the polynomial represented
// by the Table. Its Sum method will lay the value out in big-endian byte order.
func New(tab *Table) hash.Hash64 { return &digest{0, tab} }

func (d *digest) Size() int { return Size }

func (d *digest) BlockSize() int { return 1 }

func (d *digest) Reset() { d.crc = 0 }

func (d *digest) Write(p []byte) (n int, err error) {
	d.crc = Update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum64() uint64 { return d.crc }

func (d *digest) Sum(in []byte) []byte {
	s := d.Sum64()
	for shift := 56; shift >= 0; shift -= 8 {
		in = append(in, byte(s>>shift))
	}
	return in
}
