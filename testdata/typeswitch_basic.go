// Type switches: case nil, single and multi-type cases (the bound variable has the
// case's type only for single-type cases), interface cases, default anywhere,
// break, labeled break out of an enclosing loop, and switches without a binding.
package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Stack []int

func (s Stack) String() string { return fmt.Sprintf("stack%v", []int(s)) }

type Sizer interface{ Size() int }

func (s Stack) Size() int { return len(s) }

type Err struct{ code int }

func (e Err) Error() string { return fmt.Sprint("err ", e.code) }

func classify(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d (doubled %d)", v, v*2)
	case int8, int16, int32:
		return fmt.Sprintf("small int %v of type %T", v, v)
	case string:
		if v == "" {
			break
		}
		return "string of length " + fmt.Sprint(len(v))
	case Celsius:
		return fmt.Sprintf("%.1f°F", float64(v)*9/5+32)
	case error:
		return "error: " + v.Error()
	case Sizer:
		return fmt.Sprintf("sizer of size %d: %v", v.Size(), v)
	case []int, map[string]int:
		return fmt.Sprintf("collection %v", v)
	case func() int:
		return fmt.Sprint("func returning ", v())
	case *int:
		*v++
		return fmt.Sprint("pointer to ", *v)
	default:
		return fmt.Sprintf("other %T", v)
	}
	return "empty string"
}

func kind(x any) string {
	switch x.(type) {
	default:
		return "?"
	case bool:
		return "bool"
	case float32, float64:
		return "float"
	}
}

func firstString(items []any) (string, int) {
	count := 0
loop:
	for _, it := range items {
		switch s := it.(type) {
		case string:
			if s == "stop" {
				break loop
			}
			count++
			continue
		case fmt.Stringer:
			count += 10
			_ = s.String()
		}
		count += 100
	}
	return "done", count
}

func main() {
	n := 41
	inputs := []interface{}{
		nil, 7, int8(-3), int32(5), "", "hello", Celsius(100), Err{404},
		errors.New("plain"), Stack{1, 2, 3}, []int{4}, map[string]int{"k": 1},
		func() int { return 9 }, &n, 2.5, struct{}{}, []string{},
	}
	for _, in := range inputs {
		fmt.Println(classify(in))
	}
	fmt.Println(n)
	fmt.Println(kind(true), kind(float32(1)), kind(1.5), kind("x"), kind(nil))
	fmt.Println(firstString([]any{"a", Stack{}, 3, "b", "stop", "c"}))

	var s Sizer = Stack{9}
	switch v := s.(type) {
	case fmt.Stringer:
		fmt.Println("stringer", v.String())
	}
	switch s := s.(type) {
	case nil:
		fmt.Println("nil sizer")
	case Stack:
		fmt.Println("stack", s.Size(), s[0])
	}
	var none Sizer
	switch none.(type) {
	case Stack:
		fmt.Println("stack")
	case nil:
		fmt.Println("none")
	}
	switch x := interface{}(n); y := x.(type) {
	case int:
		fmt.Println("init statement works", y+1, x)
	}
}
