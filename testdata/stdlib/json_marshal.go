// encoding/json's Marshal and MarshalIndent: numbers in gc's float format, strings with gc's
// escaping, slices, []byte as base64, sorted maps, struct tags, embedded field promotion,
// pointers, interfaces, Marshaler/TextMarshaler and the error texts.
package main

import (
	"errors"
	"fmt"
	"math"
	"strings"

	"encoding/json"
)

func show(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		fmt.Printf("error: %v\n", err)
		return
	}
	fmt.Println(string(b))
}

type Inner struct {
	A int
	B string `json:"bee"`
}

type Outer struct {
	Inner
	C     float64 `json:"c,omitempty"`
	D     []int   `json:"d,omitempty"`
	E     *Inner  `json:",omitempty"`
	F     int     `json:"-"`
	G     int     `json:"-,"`
	H     int64   `json:"h,string"`
	I     bool    `json:",string"`
	J     string  `json:"j,string"`
	hid   int
	M     map[string]int `json:"m,omitempty"`
	Iface any
}

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(` { "celsius" : %g } `, float64(c))), nil
}

type Level int

func (l *Level) MarshalText() ([]byte, error) {
	return []byte(strings.Repeat("*", int(*l))), nil
}

type Color struct{ R, G, B uint8 }

func (c Color) MarshalText() ([]byte, error) {
	return []byte(fmt.Sprintf("#%02x%02x%02x<>", c.R, c.G, c.B)), nil
}

type Bad struct{}

func (Bad) MarshalJSON() ([]byte, error) { return []byte("{bad"), nil }

type Failing struct{}

func (Failing) MarshalJSON() ([]byte, error) { return nil, errors.New("no way") }

type FailingText struct{}

func (FailingText) MarshalText() ([]byte, error) { return nil, errors.New("no text") }

type Holder struct {
	L  Level
	PL *Level
	C  Color
	T  Celsius
}

// Dominance: X at depth 1 in two embedded structs annihilates; a tagged name wins.
type P1 struct {
	X int
	Y int `json:"Y"`
	Z int
}
type P2 struct {
	X int
	Y int
	W int
}
type Dom struct {
	P1
	P2
	Z string
}

type EmbedPtr struct {
	*Inner
	N int
}

type unexportedEmbedded struct{ Visible, hidden int }

type WithUnexported struct {
	unexportedEmbedded
	Own int
}

func main() {
	show(nil)
	show(true)
	show(42)
	show(int8(-7))
	show(uint64(math.MaxUint64))
	for _, f := range []float64{0, 1, -1.5, 3.14159, 1e20, 1e21, 1e-6, 1e-7, 123456789.125, 5e-324, math.MaxFloat64, -0.000001234} {
		show(f)
	}
	for _, f := range []float32{0.1, 1e20, 1e21, 1e-7, 3.4e38, 16777216} {
		show(f)
	}
	show(math.Inf(1))
	show(math.NaN())
	show(float32(math.Inf(-1)))
	show("plain")
	show("quote\" backslash\\ slash/ tab\t nl\n cr\r bell\a nul\x00 del\x7f")
	show("<script>&amp;</script>")
	show("line\u2028sep\u2029 é 日本 \U0001F600")
	show("bad utf8: \xff\xfe end \xe2\x82")
	show([]int{1, 2, 3})
	show([]int(nil))
	show([]string{})
	show([3]bool{true})
	show([]byte("hello, world"))
	show([]byte{})
	show([]byte(nil))
	show([2]byte{1, 2})
	show(map[string]int{"z": 1, "a": 2, "m": 3})
	show(map[int]string{10: "ten", 2: "two", -1: "minus"})
	show(map[uint8]bool{200: true, 3: false})
	show(map[string]any(nil))
	show(map[bool]int{true: 1})
	show(map[Color]int{{1, 2, 3}: 1, {0, 0, 0}: 2})
	show(map[string][]any{"k": {1, "two", nil, 3.5, []int{4}}})
	o := Outer{Inner: Inner{1, "b"}, G: 7, H: 64, I: true, J: "jay", hid: 9, Iface: Inner{2, "x"}}
	show(o)
	o.C, o.D, o.E, o.M = 2.5, []int{1}, &Inner{3, "e"}, map[string]int{"k": 1}
	show(o)
	show(&o)
	var ip *int
	show(ip)
	n := 5
	pp := &n
	show(&pp)
	show([]any{1, "a", nil, true, 2.5, map[string]any{"x": []any{}}})
	show(Celsius(21.5))
	show([]Celsius{1, 2})
	lv := Level(3)
	show(Holder{L: 2, PL: &lv, C: Color{255, 0, 128}, T: 37})
	show(&Holder{L: 2})
	show(Dom{P1{1, 2, 3}, P2{4, 5, 6}, "z"})
	show(EmbedPtr{N: 1})
	show(EmbedPtr{Inner: &Inner{7, "seven"}, N: 1})
	show(WithUnexported{unexportedEmbedded{1, 2}, 3})
	show(struct {
		Ch chan int
	}{})
	show(map[string]any{"f": func() {}})
	show([]any{complex(1, 2)})
	show(map[[2]int]int{})
	show(Bad{})
	show(Failing{})
	show(FailingText{})
	show(json.Number("12.5e3"))
	show(json.Number(""))
	show(json.Number("1x"))
	show(json.RawMessage(`{"raw" : [1, 2]}`))
	show(json.RawMessage(nil))
	show(struct {
		A json.RawMessage
		B *json.RawMessage
	}{A: json.RawMessage(`"x"`)})
	show(struct {
		S string  `json:"s,string"`
		F float64 `json:",string"`
		P *int    `json:",string"`
	}{S: "a\"b<", F: 1.5, P: &n})
	show(struct {
		A int `json:"a-b"`
		B int `json:"c d"`
		C int `json:"ü"`
		D int `json:"bad\"name"`
		E int `json:",omitempty"`
	}{1, 2, 3, 4, 0})

	b, _ := json.MarshalIndent(map[string]any{"b": []int{1, 2}, "a": map[string]any{}, "c": []int{}, "d": Inner{1, "x"}}, ">", "\t")
	fmt.Println(string(b))
	b, _ = json.MarshalIndent([]any{}, "", "  ")
	fmt.Println(string(b))
	b, _ = json.MarshalIndent(o, "", "  ")
	fmt.Println(string(b))
	_, err := json.MarshalIndent(make(chan int), "", " ")
	fmt.Println(err)

	var ute *json.UnsupportedTypeError
	_, err = json.Marshal(map[string]any{"c": make(chan bool)})
	fmt.Println(errors.As(err, &ute), ute.Type)
	var uve *json.UnsupportedValueError
	_, err = json.Marshal(math.Inf(-1))
	fmt.Println(errors.As(err, &uve), uve.Str)
	var me *json.MarshalerError
	_, err = json.Marshal([]any{Failing{}})
	fmt.Println(errors.As(err, &me), me.Type, me.Unwrap())
}
