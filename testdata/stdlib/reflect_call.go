// reflect_call: Value.Call and CallSlice on functions, closures and variadic
// functions; method values from Value.Method/MethodByName (value and pointer
// receivers, through interfaces); big arguments and results; Call's panics.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec             { return Vec{v.X + o.X, v.Y + o.Y} }
func (v *Vec) Scale(k int)              { v.X *= k; v.Y *= k }
func (v Vec) Parts() (int, int, string) { return v.X, v.Y, fmt.Sprint(v.X, v.Y) }
func (v Vec) String() string            { return "(" + strconv.Itoa(v.X) + "," + strconv.Itoa(v.Y) + ")" }
func (v Vec) Grid(n int) [5][5]int {
	var g [5][5]int
	g[n][n] = v.X
	return g
}
func (v Vec) hidden() {}

type Op func(a, b int) int

func ints(vs ...int) []reflect.Value {
	out := make([]reflect.Value, len(vs))
	for i, v := range vs {
		out[i] = reflect.ValueOf(v)
	}
	return out
}

func show(values []reflect.Value) string {
	var parts []string
	for _, v := range values {
		if v.Kind() == reflect.Interface && v.IsNil() {
			parts = append(parts, v.Type().String()+"(nil)")
			continue
		}
		parts = append(parts, fmt.Sprintf("%s(%v)", v.Type(), v.Interface()))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func catch(label string, f func()) {
	defer func() { fmt.Printf("%-14s %v\n", label, recover()) }()
	f()
}

func sum(prefix string, vs ...int) string {
	total := 0
	for _, v := range vs {
		total += v
	}
	return prefix + strconv.Itoa(total) + "/" + strconv.Itoa(len(vs))
}

func main() {
	fmt.Println(show(reflect.ValueOf(strings.Split).Call([]reflect.Value{reflect.ValueOf("a,b,c"), reflect.ValueOf(",")})))
	fmt.Println(show(reflect.ValueOf(strconv.Atoi).Call([]reflect.Value{reflect.ValueOf("12x")})))
	fmt.Println(show(reflect.ValueOf(strconv.Atoi).Call([]reflect.Value{reflect.ValueOf("42")})))
	fmt.Println(show(reflect.ValueOf(errors.New).Call([]reflect.Value{reflect.ValueOf("boom")})))
	fmt.Println(show(reflect.ValueOf(func() {}).Call(nil)))

	// closures see and change what they capture
	count := 0
	inc := reflect.ValueOf(func(by int) int { count += by; return count })
	inc.Call(ints(5))
	fmt.Println(show(inc.Call(ints(2))), count)

	// a named func type, mixed kinds of arguments
	var add Op = func(a, b int) int { return a*10 + b }
	fmt.Println(show(reflect.ValueOf(add).Call(ints(4, 2))))
	mixed := func(b bool, f float32, s string, bs []byte, m map[string]int, p *Vec, i interface{}, e error) string {
		return fmt.Sprint(b, f, s, string(bs), m["k"], p.X, i, e)
	}
	fmt.Println(show(reflect.ValueOf(mixed).Call([]reflect.Value{
		reflect.ValueOf(true), reflect.ValueOf(float32(1.5)), reflect.ValueOf("s"), reflect.ValueOf([]byte("by")),
		reflect.ValueOf(map[string]int{"k": 9}), reflect.ValueOf(&Vec{7, 8}), reflect.ValueOf(3),
		reflect.ValueOf(errors.New("err")),
	})))
	var nilErr error
	fmt.Println(show(reflect.ValueOf(func(e error) error { return e }).Call([]reflect.Value{reflect.ValueOf(&nilErr).Elem()})))

	// variadic: Call gathers, CallSlice passes the slice
	fn := reflect.ValueOf(sum)
	fmt.Println(show(fn.Call([]reflect.Value{reflect.ValueOf("n=")})))
	fmt.Println(show(fn.Call(append([]reflect.Value{reflect.ValueOf("n=")}, ints(1, 2, 3)...))))
	fmt.Println(show(fn.CallSlice([]reflect.Value{reflect.ValueOf("s="), reflect.ValueOf([]int{4, 5})})))
	fmt.Println(show(reflect.ValueOf(fmt.Sprintf).Call([]reflect.Value{reflect.ValueOf("%v|%v"), reflect.ValueOf(1), reflect.ValueOf("x")})))

	// big arguments and results travel through memory
	big := func(a [6]int, s struct{ A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q int }) ([6]int, int) {
		a[0] += s.Q
		return a, s.A + s.Q
	}
	var s struct{ A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q int }
	s.A, s.Q = 3, 40
	fmt.Println(show(reflect.ValueOf(big).Call([]reflect.Value{reflect.ValueOf([6]int{1, 2, 3, 4, 5, 6}), reflect.ValueOf(s)})))

	// methods
	v := Vec{1, 2}
	rv := reflect.ValueOf(v)
	fmt.Println(rv.NumMethod(), show(rv.MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(Vec{10, 20})})))
	fmt.Println(show(rv.MethodByName("Parts").Call(nil)), show(rv.Method(3).Call(nil)))
	fmt.Println(rv.MethodByName("Grid").Call(ints(2))[0].Index(2).Index(2).Int())
	fmt.Println(rv.MethodByName("Scale").IsValid(), rv.MethodByName("hidden").IsValid(), rv.MethodByName("Nope").IsValid())
	pv := reflect.ValueOf(&v)
	pv.MethodByName("Scale").Call(ints(3))
	fmt.Println(v, pv.NumMethod(), rv.Method(0).Type(), pv.MethodByName("Scale").Type())
	var st fmt.Stringer = Vec{5, 6}
	sv := reflect.ValueOf(&st).Elem()
	fmt.Println(sv.Kind(), sv.NumMethod(), show(sv.Method(0).Call(nil)))
	var e error = errors.New("via interface")
	fmt.Println(show(reflect.ValueOf(&e).Elem().MethodByName("Error").Call(nil)))

	// panics
	catch("nil func", func() { reflect.ValueOf((func())(nil)).Call(nil) })
	catch("too few", func() { reflect.ValueOf(add).Call(ints(1)) })
	catch("too many", func() { reflect.ValueOf(add).Call(ints(1, 2, 3)) })
	catch("wrong type", func() { reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf("x")}) })
	catch("variadic type", func() { fn.Call([]reflect.Value{reflect.ValueOf("x"), reflect.ValueOf(1.5)}) })
	catch("zero arg", func() { reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(1), {}}) })
	catch("CallSlice", func() { reflect.ValueOf(add).CallSlice(ints(1, 2)) })
	catch("Call on int", func() { reflect.ValueOf(1).Call(nil) })
	catch("Method range", func() { rv.Method(9) })
	catch("nil iface", func() {
		var none fmt.Stringer
		reflect.ValueOf(&none).Elem().Method(0)
	})
	catch("panicking", func() { reflect.ValueOf(func() { panic("inside") }).Call(nil) })
}
