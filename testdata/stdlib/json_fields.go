// encoding/json's choice of struct fields: embedded structs (by value, by pointer, tagged,
// unexported), embedded non-struct types, duplicate names at one depth, deeper fields hidden
// by shallower ones, and decoding through the same choice with case-insensitive keys.
package main

import (
	"fmt"
	"reflect"

	"encoding/json"
)

type MyInt int

type myString string

type A struct {
	Name  string
	Depth int `json:"depth"`
	OnlyA int
}

type B struct {
	Name  string
	Depth int
	OnlyB int
}

type Twice struct {
	A
	B
}

type Tagged struct {
	A `json:"a"`
	B
}

type Deeper struct {
	Twice
	Name string
}

type C struct{ A }

type SameTypeTwice struct {
	C
	D struct{ A }
}

type WithNonStruct struct {
	MyInt
	myString
	*A
}

type hidden struct {
	Secret  int
	Visible int `json:"vis"`
}

type Host struct {
	hidden
	Own int
}

type KeyCase struct {
	HTTPCode int
	Name     string `json:"name"`
	NAME     string
	Kelvin   int `json:"K"`
	Long     int `json:"S"`
}

func show(v any) {
	b, err := json.Marshal(v)
	fmt.Println(string(b), err)
}

func main() {
	show(Twice{A{"a", 1, 2}, B{"b", 3, 4}})
	show(Tagged{A{"a", 1, 2}, B{"b", 3, 4}})
	show(Deeper{Twice{A{"a", 1, 2}, B{"b", 3, 4}}, "top"})
	show(SameTypeTwice{C{A{"c", 1, 2}}, struct{ A }{A{"d", 3, 4}}})
	show(WithNonStruct{5, "s", &A{"pa", 6, 7}})
	show(WithNonStruct{MyInt: 5})
	show(Host{hidden{1, 2}, 3})

	var t Twice
	fmt.Println(json.Unmarshal([]byte(`{"name": "x", "DEPTH": 9, "onlya": 1, "OnlyB": 2}`), &t), t)
	var tg Tagged
	fmt.Println(json.Unmarshal([]byte(`{"a": {"Name": "in a"}, "Name": "b's", "depth": 5}`), &tg), tg)
	var d Deeper
	fmt.Println(json.Unmarshal([]byte(`{"Name": "top", "depth": 3}`), &d), d)
	var w WithNonStruct
	fmt.Println(json.Unmarshal([]byte(`{"MyInt": 4, "myString": "no", "Name": "alloc"}`), &w), w.MyInt, w.myString, *w.A)
	var h Host
	fmt.Println(json.Unmarshal([]byte(`{"Secret": 1, "vis": 2, "own": 3}`), &h), h)
	hv := reflect.ValueOf(&h).Elem()
	fmt.Println(hv.Field(0).CanSet(), hv.Field(0).CanInterface(), hv.Field(0).Field(0).CanSet(), hv.Field(0).Field(0).CanInterface())
	fmt.Printf("%v %v\n", hv.Field(0), hv.Field(0).Field(1))
	var k KeyCase
	fmt.Println(json.Unmarshal([]byte(`{"httpcode": 200, "NAME": "upper", "Name": "exact", "k": 1, "\u212a": 2, "\u017f": 3}`), &k), k)
	var k2 KeyCase
	fmt.Println(json.Unmarshal([]byte(`{"NaMe": "folded"}`), &k2), k2)
}
