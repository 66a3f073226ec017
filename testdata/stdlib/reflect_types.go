// reflect_types: reflect.Type of every kind of type: String, Name, PkgPath,
// Kind, Size, Align, Elem/Key/Len, struct fields and tags, func signatures,
// method sets, and the relations between types.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Celsius float64

type Point struct {
	X, Y int
}

func (p Point) String() string      { return fmt.Sprint(p.X, ",", p.Y) }
func (p *Point) Move(dx, dy int)    { p.X += dx; p.Y += dy }
func (p Point) Dist() int           { return p.X + p.Y }
func (p Point) secret() int         { return 0 }
func (c Celsius) Warm() bool        { return c > 20 }
func (c Celsius) Add(d Celsius) int { return int(c + d) }

type Shape interface {
	Area() float64
	Name() string
}

type Base struct {
	ID   int `json:"id"`
	note string
}

type Record struct {
	Base
	*Point
	Name    string             `json:"name,omitempty" xml:"n"`
	Tags    []string           `json:"tags"`
	Extra   map[string]int     `json:"-"`
	private bool               `custom:"yes" json:"p"`
	Quoted  string             `json:"q\"uote" other:"a b"`
	Fn      func(int) error    `json:"fn"`
	Ch      <-chan int         `json:"ch"`
	Nested  struct{ A, B int } `json:"nested"`
}

type Handler func(string, ...int) (bool, error)

type Stack []Point

type Events <-chan string

type Sink chan<- int

func (s Stack) Len() int { return len(s) }

func show(label string, t reflect.Type) {
	fmt.Printf("%-10s %-40s kind=%-10s name=%q pkg=%q size=%d align=%d comparable=%v\n",
		label, t.String(), t.Kind(), t.Name(), t.PkgPath(), t.Size(), t.Align(), t.Comparable())
	switch t.Kind() {
	case reflect.Array:
		fmt.Println("  len", t.Len(), "elem", t.Elem())
	case reflect.Slice, reflect.Pointer:
		fmt.Println("  elem", t.Elem())
	case reflect.Chan:
		fmt.Println("  elem", t.Elem(), "dir", t.ChanDir())
	case reflect.Map:
		fmt.Println("  key", t.Key(), "elem", t.Elem())
	case reflect.Func:
		var in, out []string
		for i := 0; i < t.NumIn(); i++ {
			in = append(in, t.In(i).String())
		}
		for i := 0; i < t.NumOut(); i++ {
			out = append(out, t.Out(i).String())
		}
		fmt.Println("  in", in, "out", out, "variadic", t.IsVariadic())
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			fmt.Printf("  field %d %s %s offset=%d index=%v anonymous=%v exported=%v tag=%q\n",
				i, f.Name, f.Type, f.Offset, f.Index, f.Anonymous, f.IsExported(), f.Tag)
		}
	case reflect.Interface:
		for i := 0; i < t.NumMethod(); i++ {
			m := t.Method(i)
			fmt.Println("  method", m.Name, m.Type)
		}
	}
	if t.Kind() != reflect.Interface && t.NumMethod() > 0 {
		var names []string
		for i := 0; i < t.NumMethod(); i++ {
			names = append(names, t.Method(i).Name)
		}
		fmt.Println("  methods", strings.Join(names, " "))
	}
}

func main() {
	var shape Shape
	var err error
	values := []struct {
		label string
		t     reflect.Type
	}{
		{"bool", reflect.TypeOf(true)},
		{"int", reflect.TypeOf(1)},
		{"int8", reflect.TypeOf(int8(1))},
		{"int16", reflect.TypeOf(int16(1))},
		{"int32", reflect.TypeOf(int32(1))},
		{"rune", reflect.TypeOf('x')},
		{"int64", reflect.TypeOf(int64(1))},
		{"uint", reflect.TypeOf(uint(1))},
		{"byte", reflect.TypeOf(byte(1))},
		{"uint16", reflect.TypeOf(uint16(1))},
		{"uint32", reflect.TypeOf(uint32(1))},
		{"uint64", reflect.TypeOf(uint64(1))},
		{"uintptr", reflect.TypeOf(uintptr(1))},
		{"float32", reflect.TypeOf(float32(1))},
		{"float64", reflect.TypeOf(1.5)},
		{"string", reflect.TypeOf("")},
		{"Celsius", reflect.TypeOf(Celsius(1))},
		{"array", reflect.TypeOf([3]int16{})},
		{"slice", reflect.TypeOf([]*Point{})},
		{"bytes", reflect.TypeOf([]byte("x"))},
		{"map", reflect.TypeOf(map[string][]int{})},
		{"chan", reflect.TypeOf(make(chan int))},
		{"recvchan", reflect.TypeOf(make(<-chan string))},
		{"sendchan", reflect.TypeOf(make(chan<- bool))},
		{"func", reflect.TypeOf(strings.Repeat)},
		{"variadic", reflect.TypeOf(fmt.Sprintf)},
		{"Handler", reflect.TypeOf(Handler(nil))},
		{"noargs", reflect.TypeOf(func() {})},
		{"Point", reflect.TypeOf(Point{})},
		{"*Point", reflect.TypeOf(&Point{})},
		{"Record", reflect.TypeOf(Record{})},
		{"anon", reflect.TypeOf(struct {
			A int `json:"a"`
			b string
		}{})},
		{"empty", reflect.TypeOf(struct{}{})},
		{"Shape", reflect.TypeOf(&shape).Elem()},
		{"error", reflect.TypeOf(&err).Elem()},
		{"any", reflect.TypeOf((*interface{})(nil)).Elem()},
		{"Stack", reflect.TypeOf(Stack{})},
		{"Events", reflect.TypeOf(Events(nil))},
		{"Sink", reflect.TypeOf(Sink(nil))},
		{"*Builder", reflect.TypeOf(&strings.Builder{})},
		{"Kind", reflect.TypeOf(reflect.Int)},
		{"nested", reflect.TypeOf(map[[2]string]map[int][]*Point{})},
	}
	for _, v := range values {
		show(v.label, v.t)
	}
	fmt.Println(reflect.TypeOf(nil) == nil)

	// Field lookup by name, through embedded structs
	rt := reflect.TypeOf(Record{})
	for _, name := range []string{"Name", "ID", "note", "X", "Y", "Missing", "Base", "Point"} {
		f, ok := rt.FieldByName(name)
		fmt.Println("FieldByName", name, ok, f.Name, f.Index, f.Type)
	}
	fmt.Println(rt.FieldByIndex([]int{0, 1}).Name, rt.FieldByIndex([]int{1, 0}).Name)
	f, ok := rt.FieldByNameFunc(func(s string) bool { return strings.HasPrefix(s, "Ta") })
	fmt.Println("FieldByNameFunc", f.Name, f.Index, ok)
	f, ok = rt.FieldByNameFunc(func(s string) bool { return s == "X" || s == "ID" })
	fmt.Println("FieldByNameFunc", f.Name, f.Index, ok)

	// Tags
	for i := 0; i < rt.NumField(); i++ {
		tag := rt.Field(i).Tag
		json, ok := tag.Lookup("json")
		fmt.Printf("%s json=%q %v xml=%q custom=%q other=%q\n", rt.Field(i).Name, json, ok,
			tag.Get("xml"), tag.Get("custom"), tag.Get("other"))
	}
	for _, tag := range []reflect.StructTag{`a:"1" b:"2"`, `a:"1"b:"2"`, `a:1`, ` a:"x\ty"`, `:"x"`, `a b:"c"`, `a:"\u00e9"`} {
		a, okA := tag.Lookup("a")
		b, okB := tag.Lookup("b")
		fmt.Printf("%q -> a=%q %v b=%q %v\n", string(tag), a, okA, b, okB)
	}

	// Methods
	pt := reflect.TypeOf(Point{})
	ppt := reflect.TypeOf(&Point{})
	for _, t := range []reflect.Type{pt, ppt, reflect.TypeOf(Celsius(0))} {
		fmt.Print(t, " ", t.NumMethod())
		for i := 0; i < t.NumMethod(); i++ {
			fmt.Print(" ", t.Method(i).Name, "/", t.Method(i).Index)
		}
		fmt.Println()
	}
	m, ok := ppt.MethodByName("Move")
	fmt.Println(m.Name, ok)
	_, ok = pt.MethodByName("Move")
	fmt.Println("value Move", ok)
	_, ok = pt.MethodByName("secret")
	fmt.Println("secret", ok)

	// Relations
	stringer := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	errType := reflect.TypeOf(&err).Elem()
	anyType := reflect.TypeOf((*interface{})(nil)).Elem()
	fmt.Println("implements", pt.Implements(stringer), ppt.Implements(stringer),
		reflect.TypeOf(1).Implements(stringer), pt.Implements(anyType), errType.Implements(anyType),
		reflect.TypeOf(fmt.Errorf("x")).Implements(errType), stringer.Implements(errType))
	fmt.Println("assignable", pt.AssignableTo(stringer), pt.AssignableTo(pt), pt.AssignableTo(ppt),
		reflect.TypeOf(Stack{}).AssignableTo(reflect.TypeOf([]Point{})),
		reflect.TypeOf([]Point{}).AssignableTo(reflect.TypeOf(Stack{})),
		reflect.TypeOf(Celsius(0)).AssignableTo(reflect.TypeOf(0.0)))
	fmt.Println("convertible", reflect.TypeOf(Celsius(0)).ConvertibleTo(reflect.TypeOf(0)),
		reflect.TypeOf("").ConvertibleTo(reflect.TypeOf([]byte{})),
		reflect.TypeOf([]rune{}).ConvertibleTo(reflect.TypeOf("")),
		reflect.TypeOf(0).ConvertibleTo(reflect.TypeOf("")),
		reflect.TypeOf("").ConvertibleTo(reflect.TypeOf(0)),
		reflect.TypeOf(Stack{}).ConvertibleTo(reflect.TypeOf([]Point{})),
		pt.ConvertibleTo(reflect.TypeOf(struct{ X, Y int }{})),
		pt.ConvertibleTo(stringer))
	fmt.Println("chan assign", reflect.TypeOf(make(chan int)).AssignableTo(reflect.TypeOf(make(<-chan int))),
		reflect.TypeOf(Events(nil)).ConvertibleTo(reflect.TypeOf(make(<-chan string))),
		reflect.TypeOf(Sink(nil)).ConvertibleTo(reflect.TypeOf(make(<-chan int))))
	fmt.Println("identity", reflect.TypeOf(1) == reflect.TypeOf(2), reflect.TypeOf([]int{}) == reflect.TypeOf([]int(nil)),
		reflect.TypeOf(Celsius(0)) == reflect.TypeOf(0.0), pt == ppt.Elem())

	// Kind names
	for k := reflect.Invalid; k <= reflect.UnsafePointer; k++ {
		fmt.Print(k, " ")
	}
	fmt.Println(reflect.Kind(99))
	fmt.Println(reflect.RecvDir, reflect.SendDir, reflect.BothDir)
}
