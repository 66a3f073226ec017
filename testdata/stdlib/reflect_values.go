// reflect_values: reading and changing values through reflect.Value: scalars,
// slices, arrays, strings, structs (embedded and unexported fields), maps,
// channels, pointers and interfaces; New, Zero, MakeSlice, MakeMap, MakeChan,
// Append, Copy, Indirect, Convert, IsZero, IsNil.
package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Inner struct {
	N    int
	Tags []string
}

type Outer struct {
	Inner
	Name   string
	Score  float64
	Ptr    *Inner
	Any    interface{}
	Err    error
	hidden int
	Small  int8
	U      uint16
	Flag   bool
	Arr    [3]int
	M      map[string]int
}

type Celsius float64

type myErr struct{ msg string }

func (e *myErr) Error() string { return e.msg }

func describe(v reflect.Value) string {
	switch v.Kind() {
	case reflect.Invalid:
		return "invalid"
	case reflect.Bool:
		return fmt.Sprint(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return fmt.Sprint(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return fmt.Sprint(v.Uint())
	case reflect.Float32, reflect.Float64:
		return fmt.Sprint(v.Float())
	case reflect.String:
		return fmt.Sprintf("%q", v.String())
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return "nil-slice"
		}
		s := "["
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				s += " "
			}
			s += describe(v.Index(i))
		}
		return s + "]"
	case reflect.Map:
		if v.IsNil() {
			return "nil-map"
		}
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return describe(keys[i]) < describe(keys[j]) })
		s := "map["
		for i, k := range keys {
			if i > 0 {
				s += " "
			}
			s += describe(k) + ":" + describe(v.MapIndex(k))
		}
		return s + "]"
	case reflect.Struct:
		s := v.Type().String() + "{"
		for i := 0; i < v.NumField(); i++ {
			if i > 0 {
				s += ", "
			}
			s += v.Type().Field(i).Name + ":" + describe(v.Field(i))
		}
		return s + "}"
	case reflect.Pointer:
		if v.IsNil() {
			return "nil-ptr"
		}
		return "&" + describe(v.Elem())
	case reflect.Interface:
		if v.IsNil() {
			return "nil-iface"
		}
		return "(" + v.Elem().Type().String() + ")" + describe(v.Elem())
	}
	return v.Type().String()
}

func main() {
	o := Outer{
		Inner: Inner{7, []string{"a", "b"}},
		Name:  "box", Score: 2.5, Any: 42, hidden: 3, Small: -5, U: 65535, Flag: true,
		Arr: [3]int{1, 2, 3}, M: map[string]int{"x": 1, "y": 2},
	}
	v := reflect.ValueOf(o)
	fmt.Println(describe(v))
	fmt.Println(v.CanSet(), v.CanAddr(), v.Field(0).CanSet())
	fmt.Println("NumField", v.NumField(), v.FieldByName("N").Int(), v.FieldByName("Tags").Len(),
		v.FieldByName("Nope").IsValid())
	fmt.Println("hidden", v.FieldByName("hidden").Int(), v.FieldByName("hidden").CanInterface())

	// Through a pointer everything is settable but unexported fields
	p := reflect.ValueOf(&o).Elem()
	fmt.Println(p.CanSet(), p.CanAddr(), p.Field(1).CanSet(), p.FieldByName("hidden").CanSet())
	p.FieldByName("Name").SetString("crate")
	p.FieldByName("N").SetInt(99)
	p.FieldByName("Score").SetFloat(-1.25)
	p.FieldByName("Small").SetInt(300) // truncated as a conversion would
	p.FieldByName("U").SetUint(70000)
	p.FieldByName("Flag").SetBool(false)
	p.FieldByName("Arr").Index(1).SetInt(20)
	p.FieldByName("Tags").Index(0).SetString("A")
	p.FieldByName("Any").Set(reflect.ValueOf("now a string"))
	p.FieldByName("Err").Set(reflect.ValueOf(&myErr{"bad"}))
	p.FieldByName("Ptr").Set(reflect.ValueOf(&Inner{N: 1}))
	p.FieldByName("Ptr").Elem().Field(0).SetInt(11)
	p.FieldByName("M").SetMapIndex(reflect.ValueOf("z"), reflect.ValueOf(26))
	p.FieldByName("M").SetMapIndex(reflect.ValueOf("x"), reflect.Value{})
	fmt.Println(describe(p))
	fmt.Println(o.Name, o.N, o.Score, o.Small, o.U, o.Flag, o.Arr, o.Tags, o.Any, o.Err, o.Ptr.N, len(o.M), o.M["z"])

	// Interface gives the values back
	fmt.Println(p.FieldByName("Arr").Interface(), p.FieldByName("Score").Interface().(float64),
		p.FieldByName("Err").Interface().(error).Error(), p.FieldByName("Any").Elem().Interface())
	inner := p.Field(0).Interface().(Inner)
	fmt.Println(inner.N, inner.Tags)

	// Scalars of every kind
	for _, x := range []interface{}{true, 1, int8(-8), int16(-16), int32(-32), int64(-64), uint(1), uint8(8),
		uint16(16), uint32(32), uint64(1 << 63), uintptr(7), float32(1.5), 2.25, "str", Celsius(36.6)} {
		rv := reflect.ValueOf(x)
		fmt.Println(rv.Kind(), rv.Type(), describe(rv), rv.IsZero(), rv.Interface() == x)
	}

	// Slices, strings, arrays
	s := []int{10, 20, 30, 40, 50}
	sv := reflect.ValueOf(s)
	fmt.Println(sv.Len(), sv.Cap(), describe(sv.Slice(1, 3)), sv.Slice(1, 3).Cap(), sv.Index(4).CanSet())
	sv.Index(0).SetInt(-10)
	fmt.Println(s)
	str := reflect.ValueOf("héllo")
	fmt.Println(str.Len(), str.Index(1).Uint(), str.Slice(0, 3).String(), str.Index(0).Kind())
	fmt.Println(reflect.ValueOf([]byte("bytes")).Bytes(), string(reflect.ValueOf([]byte("xy")).Bytes()))
	arr := [4]string{"w", "x", "y", "z"}
	av := reflect.ValueOf(&arr).Elem()
	av.Index(3).SetString("Z")
	fmt.Println(arr, av.Len(), reflect.ValueOf(arr).Index(0).CanSet(), reflect.ValueOf(&arr).Len())

	// Maps and channels
	m := map[string][]int{"b": {2}, "a": {1, 1}}
	mv := reflect.ValueOf(m)
	fmt.Println(mv.Len(), describe(mv), mv.MapIndex(reflect.ValueOf("zz")).IsValid())
	it := mv.MapRange()
	count := 0
	for it.Next() {
		count += it.Value().Len() + len(it.Key().String())
	}
	fmt.Println("iterated", count)
	im := map[interface{}]int{1: 1, "one": 2}
	imv := reflect.ValueOf(im)
	fmt.Println(imv.MapIndex(reflect.ValueOf("one")).Int(), imv.MapIndex(reflect.ValueOf(1)).Int())
	imv.SetMapIndex(reflect.ValueOf(2.5), reflect.ValueOf(3))
	fmt.Println(im[2.5], len(im))
	ch := make(chan int, 3)
	cv := reflect.ValueOf(ch)
	cv.Send(reflect.ValueOf(5))
	ch <- 6
	fmt.Println(cv.Len(), cv.Cap())
	got, ok := cv.Recv()
	fmt.Println(got.Int(), ok)
	cv.Close()
	<-ch
	got, ok = cv.Recv()
	fmt.Println(got.Int(), ok)

	// Making values
	np := reflect.New(reflect.TypeOf(Inner{}))
	np.Elem().Field(0).SetInt(5)
	np.Elem().Field(1).Set(reflect.ValueOf([]string{"made"}))
	made := np.Interface().(*Inner)
	fmt.Println(made.N, made.Tags, np.Type())
	z := reflect.Zero(reflect.TypeOf(Outer{}))
	fmt.Println(z.IsZero(), z.CanSet(), z.Field(1).String() == "")
	ms := reflect.MakeSlice(reflect.TypeOf([]string{}), 2, 5)
	ms.Index(1).SetString("second")
	ms = reflect.Append(ms, reflect.ValueOf("third"), reflect.ValueOf("fourth"))
	ms = reflect.AppendSlice(ms, reflect.ValueOf([]string{"5", "6", "7"}))
	fmt.Println(ms.Len(), ms.Cap() >= 7, ms.Interface())
	mm := reflect.MakeMap(reflect.TypeOf(map[int]bool{}))
	mm.SetMapIndex(reflect.ValueOf(3), reflect.ValueOf(true))
	fmt.Println(mm.Interface(), mm.Len())
	mc := reflect.MakeChan(reflect.TypeOf(make(chan string)), 1)
	mc.Send(reflect.ValueOf("via chan"))
	fmt.Println(<-mc.Interface().(chan string))
	dst := make([]int, 3)
	n := reflect.Copy(reflect.ValueOf(dst), reflect.ValueOf([]int{7, 8, 9, 10}))
	fmt.Println(n, dst)
	bs := make([]byte, 4)
	n = reflect.Copy(reflect.ValueOf(bs), reflect.ValueOf("ab"))
	fmt.Println(n, bs)
	x := 5
	fmt.Println(reflect.Indirect(reflect.ValueOf(&x)).Int(), reflect.Indirect(reflect.ValueOf(6)).Int())
	reflect.ValueOf(&x).Elem().Set(reflect.ValueOf(50))
	addr := reflect.ValueOf(&x).Elem().Addr().Interface().(*int)
	*addr++
	fmt.Println(x)

	// Convert
	fmt.Println(reflect.ValueOf(3.9).Convert(reflect.TypeOf(0)).Int(),
		reflect.ValueOf(-1).Convert(reflect.TypeOf(uint8(0))).Uint(),
		reflect.ValueOf(65).Convert(reflect.TypeOf("")).String(),
		reflect.ValueOf("hi").Convert(reflect.TypeOf([]byte{})).Bytes(),
		reflect.ValueOf([]rune{'o', 'k'}).Convert(reflect.TypeOf("")).String(),
		reflect.ValueOf("ñu").Convert(reflect.TypeOf([]rune{})).Len(),
		reflect.ValueOf(Celsius(1.5)).Convert(reflect.TypeOf(float32(0))).Float(),
		reflect.ValueOf(uint64(1<<63)).Convert(reflect.TypeOf(0.0)).Float(),
		reflect.ValueOf(7).Convert(reflect.TypeOf(Celsius(0))).Type())

	// Nil and zero
	var nilPtr *Inner
	var nilMap map[int]int
	var nilSlice []int
	var nilFunc func()
	var nilIface error
	var nilChan chan int
	for _, x := range []interface{}{nilPtr, nilMap, nilSlice, nilFunc, nilChan, &nilIface} {
		rv := reflect.ValueOf(x)
		fmt.Println(rv.Kind(), rv.IsNil(), rv.IsZero(), reflect.Indirect(rv).IsValid())
	}
	fmt.Println(reflect.ValueOf(&nilIface).Elem().IsNil(), reflect.ValueOf(&nilIface).Elem().Kind(),
		reflect.ValueOf(nil).IsValid(), reflect.ValueOf(&nilPtr).Elem().Elem().IsValid())
	fmt.Println(reflect.ValueOf(Inner{}).IsZero(), reflect.ValueOf(Inner{N: 1}).IsZero(),
		reflect.ValueOf([2]int{}).IsZero(), reflect.ValueOf([]int{}).IsZero())
	fmt.Println(reflect.ValueOf(Inner{}).String(), reflect.Value{}.String(), reflect.ValueOf(3).String())
	fmt.Println(reflect.ValueOf(o).NumMethod(), reflect.ValueOf(&myErr{}).NumMethod())

	// Overflow checks, Can*, pointer types
	i8 := reflect.ValueOf(int8(0))
	fmt.Println(i8.OverflowInt(127), i8.OverflowInt(128), i8.OverflowInt(-129), reflect.ValueOf(0).OverflowInt(-1<<63),
		reflect.ValueOf(uint16(0)).OverflowUint(65536), reflect.ValueOf(uint32(0)).OverflowUint(1<<32-1),
		reflect.ValueOf(float32(0)).OverflowFloat(1e39), reflect.ValueOf(float32(0)).OverflowFloat(-1e38),
		reflect.ValueOf(0.0).OverflowFloat(1e308))
	fmt.Println(i8.CanInt(), i8.CanUint(), i8.CanFloat(), reflect.ValueOf(uint(1)).CanUint(), reflect.ValueOf(1.0).CanFloat())
	fmt.Println(reflect.PtrTo(reflect.TypeOf(0)), reflect.PointerTo(reflect.TypeOf(Inner{})), reflect.PointerTo(reflect.TypeOf([]string{})))
	e := reflect.ValueOf(&x).Elem()
	fmt.Println(e.UnsafeAddr() == reflect.ValueOf(&x).Pointer(), reflect.New(reflect.TypeOf(Outer{})).Elem().CanSet())
	sa := av.Slice(1, 3)
	sa.Index(0).SetString("X")
	fmt.Println(sa.Type(), sa.Len(), sa.Cap(), arr, av.Slice(0, 4).Interface())
	it = reflect.ValueOf(map[string]int{"only": 1}).MapRange()
	it.Next()
	kv, vv := reflect.New(reflect.TypeOf("")).Elem(), reflect.New(reflect.TypeOf(0)).Elem()
	kv.SetIterKey(it)
	vv.SetIterValue(it)
	fmt.Println(kv.String(), vv.Int(), it.Next())
	it.Reset(reflect.ValueOf(map[int]int{5: 6}))
	fmt.Println(it.Next(), it.Key().Int(), it.Value().Int(), it.Next())
	fmt.Println(p.FieldByNameFunc(func(s string) bool { return len(s) == 5 }).String())
}
