package binary

import (
	"errors"
	"io"
	"math"
	"reflect"
)

// Read, Write and Size work on fixed-size values through reflect: booleans, fixed-size
// numbers, and arrays, slices and structs of them (int, uint and uintptr have no fixed size).
// A blank (_) struct field is written as zeros and skipped when read.

// Read reads structured binary data from r into data. Data must be a pointer to a fixed-size
// value or a slice of fixed-size values. Bytes read from r are decoded using the specified byte
// order and written to successive fields of the data. When decoding boolean values, a zero byte
// is decoded as false, and any other non-zero byte is decoded as true. When reading into
// structs, the field data for fields with blank (_) field names is skipped; i.e., blank field
// names may be used for padding. When reading into a struct, all non-blank fields must be
// exported or Read may panic.
//
// The error is EOF only if no bytes were read. If an EOF happens after reading some but not all
// the bytes, Read returns ErrUnexpectedEOF.
func Read(r io.Reader, order ByteOrder, data interface{}) error {
	v := reflect.ValueOf(data)
	size := -1
	switch v.Kind() {
	case reflect.Pointer:
		v = v.Elem()
		size = dataSize(v)
	case reflect.Slice:
		size = dataSize(v)
	}
	if size < 0 {
		return errors.New("binary.Read: invalid type " + reflect.TypeOf(data).String())
	}
	buf := make([]byte, size)
	if _, err := io.ReadFull(r, buf); err != nil {
		return err
	}
	c := &coder{order: order, buf: buf}
	c.decode(v)
	return nil
}

// Write writes the binary representation of data into w. Data must be a fixed-size value or a
// slice of fixed-size values, or a pointer to such data. Boolean values encode as one byte: 1
// for true, and 0 for false. Bytes written to w are encoded using the specified byte order and
// read from successive fields of the data. When writing structs, zero values are written for
// fields with blank (_) field names.
func Write(w io.Writer, order ByteOrder, data interface{}) error {
	v := reflect.Indirect(reflect.ValueOf(data))
	size := dataSize(v)
	if size < 0 {
		return errors.New("binary.Write: invalid type " + reflect.TypeOf(data).String())
	}
	c := &coder{order: order, buf: make([]byte, size)}
	c.encode(v)
	_, err := w.Write(c.buf)
	return err
}

// Size returns how many bytes Write would generate to encode the value v, which must be a
// fixed-size value or a slice of fixed-size values, or a pointer to such data. If v is neither
// of these, Size returns -1.
func Size(v interface{}) int {
	return dataSize(reflect.Indirect(reflect.ValueOf(v)))
}

// dataSize is the encoded size of v, -1 if it has no fixed size.
func dataSize(v reflect.Value) int {
	switch v.Kind() {
	case reflect.Slice:
		if s := sizeof(v.Type().Elem()); s >= 0 {
			return s * v.Len()
		}
		return -1
	}
	return sizeof(v.Type()) // a nil interface panics here, as under gc
}

// sizeof is the encoded size of a value of type t, -1 if it has none.
func sizeof(t reflect.Type) int {
	switch t.Kind() {
	case reflect.Array:
		if s := sizeof(t.Elem()); s >= 0 {
			return s * t.Len()
		}
	case reflect.Struct:
		sum := 0
		for i, n := 0, t.NumField(); i < n; i++ {
			s := sizeof(t.Field(i).Type)
			if s < 0 {
				return -1
			}
			sum += s
		}
		return sum
	case reflect.Bool, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return int(t.Size())
	}
	return -1
}

// coder walks a value and its encoding together, offset being the next byte.
type coder struct {
	order  ByteOrder
	buf    []byte
	offset int
}

// take returns the next n bytes of the buffer.
func (c *coder) take(n int) []byte {
	b := c.buf[c.offset : c.offset+n]
	c.offset += n
	return b
}

func (c *coder) decode(v reflect.Value) {
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
		for i, n := 0, v.Len(); i < n; i++ {
			c.decode(v.Index(i))
		}
	case reflect.Struct:
		t := v.Type()
		for i, n := 0, v.NumField(); i < n; i++ {
			if field := v.Field(i); field.CanSet() || t.Field(i).Name != "_" {
				c.decode(field)
			} else {
				c.offset += sizeof(field.Type())
			}
		}
	case reflect.Bool:
		v.SetBool(c.take(1)[0] != 0)
	case reflect.Int8:
		v.SetInt(int64(int8(c.take(1)[0])))
	case reflect.Int16:
		v.SetInt(int64(int16(c.order.Uint16(c.take(2)))))
	case reflect.Int32:
		v.SetInt(int64(int32(c.order.Uint32(c.take(4)))))
	case reflect.Int64:
		v.SetInt(int64(c.order.Uint64(c.take(8))))
	case reflect.Uint8:
		v.SetUint(uint64(c.take(1)[0]))
	case reflect.Uint16:
		v.SetUint(uint64(c.order.Uint16(c.take(2))))
	case reflect.Uint32:
		v.SetUint(uint64(c.order.Uint32(c.take(4))))
	case reflect.Uint64:
		v.SetUint(c.order.Uint64(c.take(8)))
	case reflect.Float32:
		v.SetFloat(float64(math.Float32frombits(c.order.Uint32(c.take(4)))))
	case reflect.Float64:
		v.SetFloat(math.Float64frombits(c.order.Uint64(c.take(8))))
	default:
		panic("binary: cannot decode into a value of kind " + v.Kind().String())
	}
}

func (c *coder) encode(v reflect.Value) {
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
		for i, n := 0, v.Len(); i < n; i++ {
			c.encode(v.Index(i))
		}
	case reflect.Struct:
		t := v.Type()
		for i, n := 0, v.NumField(); i < n; i++ {
			if field := v.Field(i); field.CanSet() || t.Field(i).Name != "_" {
				c.encode(field)
			} else {
				c.offset += sizeof(field.Type()) // the buffer is zeroed
			}
		}
	case reflect.Bool:
		if v.Bool() {
			c.take(1)[0] = 1
		} else {
			c.take(1)[0] = 0
		}
	case reflect.Int8:
		c.take(1)[0] = byte(v.Int())
	case reflect.Int16:
		c.order.PutUint16(c.take(2), uint16(v.Int()))
	case reflect.Int32:
		c.order.PutUint32(c.take(4), uint32(v.Int()))
	case reflect.Int64:
		c.order.PutUint64(c.take(8), uint64(v.Int()))
	case reflect.Uint8:
		c.take(1)[0] = byte(v.Uint())
	case reflect.Uint16:
		c.order.PutUint16(c.take(2), uint16(v.Uint()))
	case reflect.Uint32:
		c.order.PutUint32(c.take(4), uint32(v.Uint()))
	case reflect.Uint64:
		c.order.PutUint64(c.take(8), v.Uint())
	case reflect.Float32:
		c.order.PutUint32(c.take(4), math.Float32bits(float32(v.Float())))
	case reflect.Float64:
		c.order.PutUint64(c.take(8), math.Float64bits(v.Float()))
	default:
		panic("binary: cannot encode a value of kind " + v.Kind().String())
	}
}
