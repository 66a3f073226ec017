package main

import "fmt"

// Struct type identity at run time: an empty tag is no tag, a non-empty tag makes a
// different type (and %T shows it quoted); an embedded field's name is part of the
// type, so struct{int} and struct{Int} (Int an alias of int) differ although %T writes
// both as struct { int }.

type Int = int
type T struct{ v int }

func (t T) Get() int { return t.v }

type A = T
type Getter interface{ Get() int }

func main() {
	var plain interface{} = struct{ a int }{1}
	var emptyTag interface{} = struct {
		a int ""
	}{2}
	var tagged interface{} = struct {
		a int `json:"a"`
	}{3}
	_, ok := emptyTag.(struct{ a int })
	fmt.Println("empty tag is no tag:", ok, plain == interface{}(struct{ a int }{1}))
	_, ok = tagged.(struct{ a int })
	fmt.Println("tagged is plain:", ok)
	_, ok = tagged.(struct {
		a int "json:\"a\""
	})
	fmt.Println("same tag, other spelling:", ok)
	fmt.Printf("%T | %T | %T\n", plain, emptyTag, tagged)
	fmt.Printf("%T\n", struct {
		a int "x\ty\"é\x01"
		b string `b`
		c bool ""
	}{})

	var builtin interface{} = struct{ int }{4}
	_, ok = builtin.(struct{ Int })
	fmt.Println("struct{int} is struct{Int}:", ok)
	_, ok = builtin.(struct{ int })
	fmt.Println("struct{int} is struct{int}:", ok)
	var bytes interface{} = struct{ byte }{5}
	_, ok = bytes.(struct{ uint8 })
	fmt.Println("struct{byte} is struct{uint8}:", ok)
	fmt.Printf("%T %T %v\n", builtin, bytes, bytes)

	var g Getter = struct{ T }{T{6}}
	var h Getter = struct{ A }{T{7}}
	fmt.Println(g.Get(), h.Get())
	_, ok = g.(struct{ A })
	fmt.Println("struct{T} is struct{A}:", ok)
	_, ok = h.(struct{ A })
	fmt.Println("struct{A} is struct{A}:", ok)
	switch h.(type) {
	case struct{ T }:
		fmt.Println("switch: struct{T}")
	case struct{ A }:
		fmt.Println("switch: struct{A}")
	}
	fmt.Printf("%T %T %v %v\n", g, h, g, h)
	keys := map[interface{}]string{struct{ int }{1}: "int", struct{ Int }{1}: "Int"}
	fmt.Println(len(keys), keys[struct{ int }{1}], keys[struct{ Int }{1}])
}
