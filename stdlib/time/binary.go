package time

import "errors"

// The binary form of a Time, as gc writes it: a version byte (1, or 2 when
// the zone offset has seconds), the seconds since January 1, year 1 UTC (8
// bytes) and the nanoseconds (4 bytes), big-endian, then the zone offset in
// minutes (2 bytes; -1 for UTC) and, in version 2, its seconds (1 byte).
const (
	binaryVersion1 byte = 1
	binaryVersion2 byte = 2
)

// MarshalBinary encodes t: its instant and zone offset (not its zone's
// name, nor its monotonic reading).
func (t Time) MarshalBinary() ([]byte, error) {
	version := binaryVersion1
	offsetMinutes := -1
	offsetSeconds := 0
	if t.Location() != UTC {
		_, offset := t.Zone()
		if offset%60 != 0 {
			version = binaryVersion2
			offsetSeconds = offset % 60
		}
		offsetMinutes = offset / 60
		if offsetMinutes < -32768 || offsetMinutes == -1 || offsetMinutes > 32767 {
			return nil, errors.New("Time.MarshalBinary: unexpected zone offset")
		}
	}
	enc := []byte{version}
	enc = appendBigEndian(enc, uint64(t.sec()), 8)
	enc = appendBigEndian(enc, uint64(t.nsec()), 4)
	enc = appendBigEndian(enc, uint64(offsetMinutes), 2)
	if version == binaryVersion2 {
		enc = append(enc, byte(offsetSeconds))
	}
	return enc, nil
}

func appendBigEndian(b []byte, v uint64, size int) []byte {
	for shift := 8 * (size - 1); shift >= 0; shift -= 8 {
		b = append(b, byte(v>>uint(shift)))
	}
	return b
}

func bigEndian(b []byte) uint64 {
	var v uint64
	for _, c := range b {
		v = v<<8 | uint64(c)
	}
	return v
}

// UnmarshalBinary decodes what MarshalBinary wrote into t: in UTC, Local
// if Local has the offset then, else a fixed zone without a name.
func (t *Time) UnmarshalBinary(data []byte) error {
	if len(data) == 0 {
		return errors.New("Time.UnmarshalBinary: no data")
	}
	version := data[0]
	if version != binaryVersion1 && version != binaryVersion2 {
		return errors.New("Time.UnmarshalBinary: unsupported version")
	}
	length := 1 + 8 + 4 + 2
	if version == binaryVersion2 {
		length++
	}
	if len(data) != length {
		return errors.New("Time.UnmarshalBinary: invalid length")
	}
	sec := int64(bigEndian(data[1:9]))
	nsec := int64(int32(bigEndian(data[9:13])))
	offset := int(int16(bigEndian(data[13:15]))) * 60
	if version == binaryVersion2 {
		offset += int(data[15])
	}
	*t = timeOf(sec, nsec, UTC)
	if offset != -60 {
		if _, localOffset, _, _, _ := Local.lookup(t.unixSec()); offset == localOffset {
			t.setLoc(Local)
		} else {
			t.setLoc(FixedZone("", offset))
		}
	}
	return nil
}

// GobEncode is MarshalBinary, for encoding/gob.
func (t Time) GobEncode() ([]byte, error) {
	return t.MarshalBinary()
}

// GobDecode is UnmarshalBinary, for encoding/gob.
func (t *Time) GobDecode(data []byte) error {
	return t.UnmarshalBinary(data)
}
