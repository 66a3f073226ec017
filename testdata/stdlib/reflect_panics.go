// reflect_panics: reflect's panics carry gc's messages and values; the last one
// is left uncaught (exit status 2, the message on stderr).
package main

import (
	"fmt"
	"reflect"
	"sort"
)

type T struct {
	Public  int
	private int
}

func catch(label string, f func()) (r interface{}) {
	defer func() {
		r = recover()
		_, isValueError := r.(*reflect.ValueError)
		_, isError := r.(error)
		fmt.Printf("%-16s %T error=%v valueError=%v: %v\n", label, r, isError, isValueError, r)
	}()
	f()
	return nil
}

// message recovers a panic and prints only its text: gc's sort panics with
// internal/reflectlite's ValueError, a type of its own.
func message(label string, f func()) {
	defer func() { fmt.Printf("%-16s %v\n", label, recover()) }()
	f()
}

func main() {
	t := T{1, 2}
	pt := reflect.ValueOf(&t).Elem()
	first := catch("Int on string", func() { reflect.ValueOf("x").Int() })
	catch("Int on zero", func() { reflect.Value{}.Int() })
	catch("Uint on int", func() { reflect.ValueOf(1).Uint() })
	catch("Float on bool", func() { reflect.ValueOf(true).Float() })
	catch("Bool on int", func() { reflect.ValueOf(1).Bool() })
	catch("Len on int", func() { reflect.ValueOf(1).Len() })
	catch("Len on ptr", func() { reflect.ValueOf(&t).Len() })
	catch("Index on map", func() { reflect.ValueOf(map[int]int{}).Index(0) })
	catch("Elem on int", func() { reflect.ValueOf(1).Elem() })
	catch("IsNil on int", func() { reflect.ValueOf(1).IsNil() })
	catch("Field on int", func() { reflect.ValueOf(1).Field(0) })
	catch("NumField on ptr", func() { reflect.ValueOf(&t).NumField() })
	catch("MapIndex on int", func() { reflect.ValueOf(1).MapIndex(reflect.ValueOf(1)) })
	catch("MapKeys on slice", func() { reflect.ValueOf([]int{}).MapKeys() })
	catch("Type of zero", func() { reflect.Value{}.Type() })
	catch("Interface zero", func() { reflect.Value{}.Interface() })
	catch("IsZero zero", func() { reflect.Value{}.IsZero() })
	catch("SetInt unaddr", func() { reflect.ValueOf(1).SetInt(2) })
	catch("SetString unaddr", func() { reflect.ValueOf(t).Field(0).SetInt(2) })
	catch("SetInt private", func() { pt.Field(1).SetInt(5) })
	catch("Set private", func() { pt.FieldByName("private").Set(reflect.ValueOf(5)) })
	catch("SetInt on string", func() { pt.Field(0).SetString("x") })
	catch("SetFloat on int", func() { pt.Field(0).SetFloat(1) })
	catch("Set wrong type", func() { pt.Field(0).Set(reflect.ValueOf("x")) })
	catch("Set from private", func() { pt.Field(0).Set(pt.Field(1)) })
	catch("Interface priv", func() { pt.Field(1).Interface() })
	catch("slice index", func() { reflect.ValueOf([]int{1}).Index(3) })
	catch("array index", func() { reflect.ValueOf([1]int{1}).Index(-1) })
	catch("string index", func() { reflect.ValueOf("ab").Index(2) })
	catch("Field index", func() { pt.Field(5) })
	catch("Addr unaddr", func() { reflect.ValueOf(t).Addr() })
	catch("Bytes of ints", func() { reflect.ValueOf([]int{}).Bytes() })
	catch("Convert", func() { reflect.ValueOf("x").Convert(reflect.TypeOf(0)) })
	catch("MakeSlice", func() { reflect.MakeSlice(reflect.TypeOf(0), 1, 1) })
	catch("MakeSlice len", func() { reflect.MakeSlice(reflect.TypeOf([]int{}), 2, 1) })
	catch("MakeMap", func() { reflect.MakeMap(reflect.TypeOf(0)) })
	catch("Elem of int", func() { reflect.TypeOf(0).Elem() })
	catch("Key of slice", func() { reflect.TypeOf([]int{}).Key() })
	catch("Len of slice", func() { reflect.TypeOf([]int{}).Len() })
	catch("Field of ptr", func() { reflect.TypeOf(&t).Field(0) })
	catch("Field bounds", func() { reflect.TypeOf(t).Field(2) })
	catch("NumIn of int", func() { reflect.TypeOf(0).NumIn() })
	catch("Out of int", func() { reflect.TypeOf(0).Out(0) })
	catch("IsVariadic", func() { reflect.TypeOf("").IsVariadic() })
	catch("Implements", func() { reflect.TypeOf(0).Implements(reflect.TypeOf(0)) })
	catch("Method bounds", func() { reflect.TypeOf(t).Method(0) })
	catch("Swapper int", func() { reflect.Swapper(3) })
	catch("Swapper nil", func() { reflect.Swapper(nil) })
	catch("swap ints", func() { reflect.Swapper([]int{1, 2, 3})(0, 5) })
	catch("swap strings", func() { reflect.Swapper([]string{"a", "b"})(-1, 0) })
	catch("swap structs", func() { reflect.Swapper([]T{{}, {}})(0, 2) })
	catch("swap empty", func() { reflect.Swapper([]T{})(0, 0) })
	catch("swap one", func() { reflect.Swapper([]int{1})(0, 1) })
	message("sort.Slice int", func() { sort.Slice(5, func(i, j int) bool { return false }) })
	message("sort.Slice nil", func() { sort.Slice(nil, func(i, j int) bool { return false }) })
	message("SliceIsSorted", func() { sort.SliceIsSorted(&t, func(i, j int) bool { return false }) })
	panic(first)
}
