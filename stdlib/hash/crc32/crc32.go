// Package crc32 implements the 32-bit cyclic redundancy check, or CRC-32, checksum, in its
// reflected (least significant bit first) form, with any polynomial.
//
// Bytes are folded in eight at a time through eight derived tables (slicing-by-8), built on
// first use for each polynomial; the results are those of the one-byte-at-a-time definition.
package crc32

import "hash"

// The size of a CRC-32 checksum in bytes.
const Size = 4

// Predefined polynomials, in reversed notation.
const (
	// IEEE is by far and away the most common CRC-32 polynomial. Used by ethernet (IEEE 802.3),
	// v.42, fddi, gzip, zip, png, ...
	IEEE = 0xedb88320

	// Castagnoli's polynomial, used in iSCSI. Has better error detection characteristics than
	// IEEE.
	Castagnoli = 0x82f63b78

	// Koopman's polynomial. Also has better error detection characteristics than IEEE.
	Koopman = 0xeb31d82e
)

// Table is a 256-word table representing the polynomial for efficient processing.
type Table [256]uint32

// IEEETable is the table for the IEEE polynomial.
var IEEETable = simpleTable(IEEE)

// slicing8 holds, for a table t, t itself and seven more: entry k of table i is the CRC of byte
// k followed by i zero bytes, so eight bytes combine in one step.
type slicing8 [8]Table

var (
	ieeeSlicing  *slicing8
	castagnoli   *Table
	koopman      *Table
	slicingCache = map[*Table]*slicing8{}
)

func simpleTable(poly uint32) *Table {
	t := new(Table)
	for i := range t {
		crc := uint32(i)
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

func makeSlicing8(t *Table) *slicing8 {
	s := new(slicing8)
	s[0] = *t
	for i := 0; i < 256; i++ {
		crc := t[i]
		for j := 1; j < 8; j++ {
			crc = t[crc&0xff] ^ crc>>8
			s[j][i] = crc
		}
	}
	return s
}

// MakeTable returns a Table constructed from the specified polynomial. The contents of this
// Table must not be modified.
func MakeTable(poly uint32) *Table {
	switch poly {
	case IEEE:
		return IEEETable
	case Castagnoli:
		if castagnoli == nil {
			castagnoli = simpleTable(Castagnoli)
		}
		return castagnoli
	case Koopman:
		if koopman == nil {
			koopman = simpleTable(Koopman)
		}
		return koopman
	}
	return simpleTable(poly)
}

// update folds p into the (already inverted) crc.
func update(crc uint32, tab *Table, p []byte) uint32 {
	if len(p) >= 16 {
		s := slicingFor(tab)
		for len(p) >= 8 {
			crc ^= uint32(p[0]) | uint32(p[1])<<8 | uint32(p[2])<<16 | uint32(p[3])<<24
			crc = s[0][p[7]] ^ s[1][p[6]] ^ s[2][p[5]] ^ s[3][p[4]] ^
				s[4][crc>>24] ^ s[5][crc>>16&0xff] ^ s[6][crc>>8&0xff] ^ s[7][crc&0xff]
			p = p[8:]
		}
	}
	for _, b := range p {
		crc = tab[byte(crc)^b] ^ crc>>8
	}
	return crc
}

func slicingFor(tab *Table) *slicing8 {
	if tab == IEEETable {
		if ieeeSlicing == nil {
			ieeeSlicing = makeSlicing8(IEEETable)
		}
		return ieeeSlicing
	}
	s := slicingCache[tab]
	if s == nil || s[0] != *tab {
		s = makeSlicing8(tab)
		slicingCache[tab] = s
	}
	return s
}

// Update returns the result of adding the bytes in p to the crc.
func Update(crc uint32, tab *Table, p []byte) uint32 {
	return ^update(^crc, tab, p)
}

// Checksum returns the CRC-32 checksum of data using the polynomial represented by the Table.
func Checksum(data []byte, tab *Table) uint32 { return Update(0, tab, data) }

// ChecksumIEEE returns the CRC-32 checksum of data using the IEEE polynomial.
func ChecksumIEEE(data []byte) uint32 { return Update(0, IEEETable, data) }

// digest is the running checksum New returns.
type digest struct {
	crc uint32
	tab *Table
}

// New creates a new hash.Hash32 computing the CRC-32 checksum using the polynomial represented
// by the Table. Its Sum method will lay the value out in big-endian byte order.
func New(tab *Table) hash.Hash32 { return &digest{0, tab} }

// NewIEEE creates a new hash.Hash32 computing the CRC-32 checksum using the IEEE polynomial.
// Its Sum method will lay the value out in big-endian byte order.
func NewIEEE() hash.Hash32 { return New(IEEETable) }

func (d *digest) Size() int { return Size }

func (d *digest) BlockSize() int { return 1 }

func (d *digest) Reset() { d.crc = 0 }

func (d *digest) Write(p []byte) (n int, err error) {
	d.crc = Update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum32() uint32 { return d.crc }

func (d *digest) Sum(in []byte) []byte {
	s := d.Sum32()
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}
