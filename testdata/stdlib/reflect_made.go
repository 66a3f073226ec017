package main

import (
	"fmt"
	"reflect"
)

type T struct {
	A int
	B *T
}

type P *int

func main() {
	it := reflect.TypeOf(0)
	fmt.Println(reflect.SliceOf(it) == reflect.TypeOf([]int{}), reflect.SliceOf(it))
	st := reflect.TypeOf(T{})
	s1 := reflect.SliceOf(st)
	fmt.Println(s1 == reflect.SliceOf(st), s1, s1.Elem() == st, s1.Kind())
	pp := reflect.PointerTo(reflect.TypeOf(&T{}))
	fmt.Println(pp, pp == reflect.PointerTo(reflect.TypeOf(&T{})))
	ppp := reflect.PointerTo(pp)
	fmt.Println(ppp, ppp.Elem() == pp, ppp.Elem().Elem().Elem() == st)
	var named **int
	fmt.Println(reflect.PointerTo(reflect.TypeOf(new(int))) == reflect.TypeOf(named))
	m := reflect.MapOf(reflect.TypeOf(""), s1)
	fmt.Println(m, m.Key(), m.Elem(), m == reflect.MapOf(reflect.TypeOf(""), s1))
	fmt.Println(reflect.MapOf(it, it) == reflect.TypeOf(map[int]int{}))
	a := reflect.ArrayOf(3, st)
	fmt.Println(a, a.Len(), a.Size(), a.Align(), a.Comparable(), a == reflect.ArrayOf(3, st))
	fmt.Println(reflect.ArrayOf(4, it) == reflect.TypeOf([4]int{}))
	fmt.Println(reflect.ChanOf(reflect.BothDir, it), reflect.ChanOf(reflect.RecvDir, it), reflect.ChanOf(reflect.SendDir, s1))
	fmt.Println(reflect.ChanOf(reflect.BothDir, reflect.ChanOf(reflect.RecvDir, it)))
	fmt.Println(reflect.ChanOf(reflect.BothDir, it) == reflect.TypeOf(make(chan int)))

	// values of made types
	sv := reflect.MakeSlice(s1, 2, 5)
	sv.Index(1).Field(0).SetInt(7)
	sv = reflect.Append(sv, reflect.ValueOf(T{A: 9}))
	fmt.Println(sv.Len(), sv.Cap(), sv.Index(1).Field(0).Int(), sv.Index(2).Field(0).Int())
	fmt.Printf("%v %T\n", sv.Interface(), sv.Interface())
	mv := reflect.MakeMap(m)
	mv.SetMapIndex(reflect.ValueOf("k"), sv)
	fmt.Println(mv.Len(), mv.MapIndex(reflect.ValueOf("k")).Len())
	av := reflect.New(a).Elem()
	av.Index(2).Field(0).SetInt(5)
	fmt.Println(av.Interface(), av.Slice(1, 3).Len(), av.Slice(1, 3).Type())
	cv := reflect.MakeChan(reflect.ChanOf(reflect.BothDir, st), 1)
	cv.Send(reflect.ValueOf(T{A: 3}))
	got, ok := cv.Recv()
	fmt.Println(got.Field(0).Int(), ok, cv.Type())
	x := 5
	px := &x
	ppx := reflect.New(reflect.TypeOf(px))
	ppx.Elem().Set(reflect.ValueOf(px))
	fmt.Println(ppx.Type(), **(ppx.Interface().(**int)))
	p3 := reflect.New(reflect.TypeOf(ppx.Interface()))
	fmt.Println(p3.Type(), p3.Elem().IsNil())
	var p P
	fmt.Println(reflect.PointerTo(reflect.TypeOf(p)))
	defer func() { fmt.Println(recover()) }()
	reflect.MapOf(s1, it)
}
