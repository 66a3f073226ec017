package flag

import (
	"encoding"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"time"
)

// errParse and errRange are what a Set of a number reports, wrapped by the
// FlagSet's message; the strconv error's details (the text, the function) are left
// out, as gc does.
var (
	errParse = errors.New("parse error")
	errRange = errors.New("value out of range")
)

func numError(err error) error {
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		if ne.Err == strconv.ErrSyntax {
			return errParse
		}
		if ne.Err == strconv.ErrRange {
			return errRange
		}
	}
	return err
}

// Value is the interface to the dynamic value stored in a flag. Set is called once,
// in command line order, for each flag present; String gives the default's text.
type Value interface {
	String() string
	Set(string) error
}

// Getter is an interface that allows the contents of a Value to be retrieved. All
// the Values this package provides satisfy it.
type Getter interface {
	Value
	Get() interface{}
}

// boolFlag is a Value that needs no argument: -name means -name=true.
type boolFlag interface {
	Value
	IsBoolFlag() bool
}

type boolValue bool

func newBoolValue(val bool, p *bool) *boolValue {
	*p = val
	return (*boolValue)(p)
}

func (b *boolValue) Set(s string) error {
	v, err := strconv.ParseBool(s)
	if err != nil {
		err = errParse
	}
	*b = boolValue(v)
	return err
}

func (b *boolValue) Get() interface{} { return bool(*b) }
func (b *boolValue) String() string   { return strconv.FormatBool(bool(*b)) }
func (b *boolValue) IsBoolFlag() bool { return true }

type intValue int

func newIntValue(val int, p *int) *intValue {
	*p = val
	return (*intValue)(p)
}

func (i *intValue) Set(s string) error {
	v, err := strconv.ParseInt(s, 0, strconv.IntSize)
	if err != nil {
		err = numError(err)
	}
	*i = intValue(v)
	return err
}

func (i *intValue) Get() interface{} { return int(*i) }
func (i *intValue) String() string   { return strconv.Itoa(int(*i)) }

type int64Value int64

func newInt64Value(val int64, p *int64) *int64Value {
	*p = val
	return (*int64Value)(p)
}

func (i *int64Value) Set(s string) error {
	v, err := strconv.ParseInt(s, 0, 64)
	if err != nil {
		err = numError(err)
	}
	*i = int64Value(v)
	return err
}

func (i *int64Value) Get() interface{} { return int64(*i) }
func (i *int64Value) String() string   { return strconv.FormatInt(int64(*i), 10) }

type uintValue uint

func newUintValue(val uint, p *uint) *uintValue {
	*p = val
	return (*uintValue)(p)
}

func (i *uintValue) Set(s string) error {
	v, err := strconv.ParseUint(s, 0, strconv.IntSize)
	if err != nil {
		err = numError(err)
	}
	*i = uintValue(v)
	return err
}

func (i *uintValue) Get() interface{} { return uint(*i) }
func (i *uintValue) String() string   { return strconv.FormatUint(uint64(*i), 10) }

type uint64Value uint64

func newUint64Value(val uint64, p *uint64) *uint64Value {
	*p = val
	return (*uint64Value)(p)
}

func (i *uint64Value) Set(s string) error {
	v, err := strconv.ParseUint(s, 0, 64)
	if err != nil {
		err = numError(err)
	}
	*i = uint64Value(v)
	return err
}

func (i *uint64Value) Get() interface{} { return uint64(*i) }
func (i *uint64Value) String() string   { return strconv.FormatUint(uint64(*i), 10) }

type stringValue string

func newStringValue(val string, p *string) *stringValue {
	*p = val
	return (*stringValue)(p)
}

func (s *stringValue) Set(val string) error {
	*s = stringValue(val)
	return nil
}

func (s *stringValue) Get() interface{} { return string(*s) }
func (s *stringValue) String() string   { return string(*s) }

type float64Value float64

func newFloat64Value(val float64, p *float64) *float64Value {
	*p = val
	return (*float64Value)(p)
}

func (f *float64Value) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		err = numError(err)
	}
	*f = float64Value(v)
	return err
}

func (f *float64Value) Get() interface{} { return float64(*f) }
func (f *float64Value) String() string   { return strconv.FormatFloat(float64(*f), 'g', -1, 64) }

type durationValue time.Duration

func newDurationValue(val time.Duration, p *time.Duration) *durationValue {
	*p = val
	return (*durationValue)(p)
}

func (d *durationValue) Set(s string) error {
	v, err := time.ParseDuration(s)
	if err != nil {
		err = errParse
	}
	*d = durationValue(v)
	return err
}

func (d *durationValue) Get() interface{} { return time.Duration(*d) }
func (d *durationValue) String() string   { return time.Duration(*d).String() }

// funcValue calls a function for each value the flag is given.
type funcValue func(string) error

func (f funcValue) Set(s string) error { return f(s) }
func (f funcValue) String() string     { return "" }

// zeroText is what String gives for the zero value of the Values this package
// makes, for PrintDefaults' "(default ...)" ("" for funcValue). ok is false for a
// Value of another type.
func zeroText(v Value) (text string, ok bool) {
	switch v.(type) {
	case *boolValue:
		return "false", true
	case *intValue, *int64Value, *uintValue, *uint64Value, *float64Value:
		return "0", true
	case *stringValue, funcValue, textValue: // a zero textValue has no p to print
		return "", true
	case *durationValue:
		return "0s", true
	}
	return "", false
}

// textValue is a TextVar's flag: its text is what p's UnmarshalText accepts and its
// MarshalText (if p has one) prints.
type textValue struct{ p encoding.TextUnmarshaler }

// newTextValue stores the default into the variable p points to; both must be of
// one type (the default may also be a pointer to it), as gc's TextVar demands.
func newTextValue(value encoding.TextMarshaler, p encoding.TextUnmarshaler) textValue {
	target := reflect.ValueOf(p)
	if target.Kind() != reflect.Pointer {
		panic("variable value type must be a pointer")
	}
	def := reflect.ValueOf(value)
	if def.Kind() == reflect.Pointer {
		def = def.Elem()
	}
	if def.Type() != target.Type().Elem() {
		panic(fmt.Sprintf("default type does not match variable type: %v != %v", def.Type(), target.Type().Elem()))
	}
	target.Elem().Set(def)
	return textValue{p}
}

func (v textValue) Set(s string) error { return v.p.UnmarshalText([]byte(s)) }
func (v textValue) Get() interface{}   { return v.p }

func (v textValue) String() string {
	if m, ok := v.p.(encoding.TextMarshaler); ok {
		if text, err := m.MarshalText(); err == nil {
			return string(text)
		}
	}
	return ""
}
