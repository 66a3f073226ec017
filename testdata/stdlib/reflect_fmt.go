// reflect_fmt: fmt prints a reflect.Value operand as the value it holds (its
// String method if it has one and was not reached through an unexported field).
package main

import (
	"fmt"
	"reflect"
)

type T struct {
	A int
	b string
	P *int
}

type S struct{ N int }

func (s S) String() string { return fmt.Sprint("S#", s.N) }

func main() {
	x := 4
	t := T{1, "hid", nil}
	v := reflect.ValueOf(t)
	fmt.Println(v, v.Field(0), v.Field(1), reflect.Value{}, reflect.ValueOf(S{3}), reflect.ValueOf([]int{1, 2}))
	fmt.Printf("%v|%d|%s|%q|%T|%+v|%x\n", v.Field(0), v.Field(0), v.Field(1), v.Field(1), v.Field(0), v, reflect.ValueOf("hi"))
	fmt.Printf("%v %s\n", reflect.ValueOf(S{5}), reflect.ValueOf(map[string]int{"a": 1}))
	fmt.Println(reflect.ValueOf(&x).Elem(), reflect.ValueOf(nil), reflect.ValueOf(&T{P: &x}).Elem().Field(2).Elem())
	var e interface{} = 7
	fmt.Println(reflect.ValueOf(&e).Elem())
}
