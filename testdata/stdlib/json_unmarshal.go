// encoding/json's Unmarshal: structs (case-insensitive keys, tags, embedded), maps with
// string/int/TextUnmarshaler keys, slices, arrays, pointers, interface{}, Number, RawMessage,
// Unmarshaler/TextUnmarshaler, ",string" fields, and gc's errors with their offsets.
package main

import (
	"errors"
	"fmt"
	"strings"

	"encoding/json"
)

type Inner struct {
	A int
	B string `json:"bee"`
}

type Rec struct {
	Inner
	Name   string
	Age    int `json:"age"`
	Tags   []string
	Scores map[string]float64
	Ptr    *Inner
	Any    any
	Arr    [3]int
	Bytes  []byte
	Skip   int    `json:"-"`
	Quoted int    `json:",string"`
	QB     bool   `json:"qb,string"`
	QS     string `json:"qs,string"`
	U8     uint8
	F32    float32
	hidden int
}

type Upper string

func (u *Upper) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		return errors.New("empty text")
	}
	*u = Upper(strings.ToUpper(string(b)))
	return nil
}

type Pair struct{ L, R int }

func (p *Pair) UnmarshalJSON(b []byte) error {
	var a [2]int
	if err := json.Unmarshal(b, &a); err != nil {
		return fmt.Errorf("pair: %w", err)
	}
	p.L, p.R = a[0], a[1]
	return nil
}

type Deep struct {
	Level1 struct {
		Level2 struct {
			N int `json:"n"`
		} `json:"l2"`
	} `json:"l1"`
}

func try(data string, v any) {
	err := json.Unmarshal([]byte(data), v)
	if err != nil {
		fmt.Printf("%-40q error %T: %v", data, err, err)
		var se *json.SyntaxError
		var ute *json.UnmarshalTypeError
		if errors.As(err, &se) {
			fmt.Printf(" (offset %d)", se.Offset)
		}
		if errors.As(err, &ute) {
			fmt.Printf(" (offset %d, value %q, struct %q, field %q)", ute.Offset, ute.Value, ute.Struct, ute.Field)
		}
		fmt.Println()
	}
}

func main() {
	var r Rec
	try(`{"a": 1, "BEE": "b", "name": "Ann", "AGE": 30, "tags": ["x", "y"], "scores": {"m": 1.5, "e": -2e3},
	      "ptr": {"A": 7}, "any": {"k": [1, "s", true, null, {"z": 0.5}]}, "arr": [1, 2, 3, 4], "bytes": "aGk=",
	      "skip": 99, "-": 98, "Quoted": "12", "qb": "true", "qs": "\"q\"", "u8": 255, "f32": 1.25, "hidden": 5, "extra": [1, {"x": 2}]}`, &r)
	inner := *r.Ptr
	r.Ptr = nil
	fmt.Printf("%+v %+v\n", r, inner)
	fmt.Printf("%#v\n", r.Any)

	var m map[string]any
	try(`{"n": 1, "f": 2.5, "s": "str", "b": false, "z": null, "a": [], "o": {}, "e": "\u00e9\ud83d\ude00\ud800x\n\/"}`, &m)
	for _, k := range []string{"n", "f", "s", "b", "z", "a", "o", "e"} {
		fmt.Printf("%s: %T %#v\n", k, m[k], m[k])
	}
	var im map[int]string
	try(`{"1": "one", "-20": "minus twenty"}`, &im)
	fmt.Println(im)
	var um map[Upper]int
	try(`{"abc": 1, "Def": 2}`, &um)
	fmt.Println(um)
	var u8m map[uint8]int
	try(`{"300": 1}`, &u8m)
	try(`{"x": 1}`, &im)
	var bm map[bool]int
	try(`{"true": 1}`, &bm)

	var s []int
	try(`[1, 2, 3]`, &s)
	fmt.Println(s, len(s))
	s = []int{9, 9, 9, 9, 9}
	try(`[1]`, &s)
	fmt.Println(s, len(s), cap(s))
	try(`[]`, &s)
	fmt.Println(s, s == nil)
	try(`null`, &s)
	fmt.Println(s, s == nil)
	var a [2]string
	a[1] = "old"
	try(`["only"]`, &a)
	fmt.Printf("%q\n", a)

	var p *int
	try(`5`, &p)
	fmt.Println(*p)
	try(`null`, &p)
	fmt.Println(p == nil)

	var i any
	try(`12345678901234567890`, &i)
	fmt.Printf("%T %v\n", i, i)
	try(`[1e400]`, &i)
	fmt.Printf("%T %v\n", i, i)
	x := 5
	i = &x
	try(`7`, &i)
	fmt.Println(x)

	var n json.Number
	try(`-1.5e+10`, &n)
	fmt.Println(n, n.String())
	f, err := n.Float64()
	fmt.Println(f, err)
	_, err = n.Int64()
	fmt.Println(err)
	try(`"123"`, &n)
	fmt.Println(n)
	try(`"abc"`, &n)

	var raw struct {
		R json.RawMessage
		P Pair
		Q *Pair
		U Upper
		V []Upper
	}
	try(`{"r": {"a" : [1,2]}, "p": [3, 4], "q": [5, 6], "u": "hello", "v": ["a", "b"]}`, &raw)
	fmt.Println(string(raw.R), raw.P, *raw.Q, raw.U, raw.V)
	try(`{"p": [1, "x"]}`, &raw)
	try(`{"u": ""}`, &raw)
	try(`{"u": 5}`, &raw)

	var d Deep
	try(`{"l1": {"l2": {"n": "str"}}}`, &d)
	try(`{"l1": {"l2": {"n": 1.5}}}`, &d)
	try(`{"l1": {"l2": []}}`, &d)

	// type errors: decoding goes on, the first error is returned
	var r2 Rec
	try(`{"age": "old", "name": 5, "a": 2}`, &r2)
	fmt.Println(r2.A, r2.Name)
	try(`{"U8": 256}`, &r2)
	try(`{"U8": -1}`, &r2)
	try(`{"age": 1.5}`, &r2)
	try(`{"tags": {}}`, &r2)
	try(`{"Inner": 1}`, &r2)
	try(`{"bytes": "!!"}`, &r2)
	try(`{"bytes": [1, 2]}`, &r2)
	fmt.Println(r2.Bytes)
	try(`{"Quoted": 12}`, &r2)
	try(`{"Quoted": "x"}`, &r2)
	try(`{"qb": "maybe"}`, &r2)
	try(`{"Quoted": [1]}`, &r2)
	try(`{"Quoted": null}`, &r2)
	try(`{"Name": true}`, &r2)
	try(`{"Name": null}`, &r2)
	try(`"str"`, &x)
	try(`[1]`, &x)
	try(`{}`, &x)
	try(`true`, &x)
	try(`1`, new(string))
	try(`1`, new(error))
	var iface fmt.Stringer
	try(`"s"`, &iface)
	try(`[]`, &iface)

	// argument errors
	try(`1`, nil)
	try(`1`, x)
	try(`1`, (*int)(nil))
	try(`1`, Rec{})

	// syntax errors
	for _, bad := range []string{``, ` `, `x`, `{`, `{"a"`, `{"a":`, `{"a":1`, `{"a":1,`, `{"a" 1}`, `{"a":1 "b":2}`,
		`{1:2}`, `[1,]`, `[1 2]`, `tru`, `trux`, `nul`, `fals`, `falsy`, `-`, `-x`, `01`, `1.`, `1.x`, `1e`, `1e+`, `1ex`,
		`"abc`, `"a\x"`, `"\u12g4"`, "\"a\tb\"", `1 2`, `[1] x`, `{"a":1}}`, "\xff", `'single'`, `[-]`, `"\`, `{"a":1,}`} {
		var v any
		try(bad, &v)
		fmt.Println(json.Valid([]byte(bad)))
	}
	fmt.Println(json.Valid([]byte(` {"a": [1, 2.5e-3, "x", true, false, null]} `)))

	// nesting deeper than 10000 is a syntax error
	deep := strings.Repeat(`{"a":[`, 5000) + "{" + strings.Repeat("]}", 5000)
	err = json.Unmarshal([]byte(deep), new(any))
	fmt.Println(err, err.(*json.SyntaxError).Offset)
	fmt.Println(json.Valid([]byte(strings.Repeat(`{"a":[`, 5000) + strings.Repeat("]}", 5000))))
	var nested any
	fmt.Println(json.Unmarshal([]byte(strings.Repeat("[", 500)+strings.Repeat("]", 500)), &nested))
}
