package main

import (
	"fmt"
	"reflect"
)

type C struct {
	A complex64
	B complex128
}

type MyC complex128

func main() {
	c := C{1 + 2i, -3.5 + 0.25i}
	v := reflect.ValueOf(&c).Elem()
	fmt.Println(v.Field(0).Kind(), v.Field(1).Kind(), v.Field(0).Type().Size(), v.Field(1).Type().Align())
	fmt.Println(v.Field(0).Complex(), v.Field(1).Complex(), v.Field(0).CanComplex(), v.Field(0).CanFloat())
	v.Field(0).SetComplex(5 - 1i)
	v.Field(1).SetComplex(complex(2, 7))
	fmt.Println(c)
	fmt.Println(v.Field(0).OverflowComplex(complex(1e300, 0)), v.Field(0).OverflowComplex(1+1i), v.Field(1).OverflowComplex(complex(1e300, 1e300)))
	fmt.Println(v.Field(0).IsZero(), reflect.ValueOf(complex64(0)).IsZero(), reflect.ValueOf(C{}).IsZero())
	conv := v.Field(0).Convert(reflect.TypeOf(MyC(0)))
	fmt.Println(conv.Type(), conv.Complex(), conv.Interface())
	fmt.Println(reflect.TypeOf(complex64(0)).ConvertibleTo(reflect.TypeOf(complex128(0))), reflect.TypeOf(complex64(0)).ConvertibleTo(reflect.TypeOf(0.5)))
	z := reflect.Zero(reflect.TypeOf(MyC(0)))
	fmt.Println(z.Complex(), reflect.DeepEqual(c, C{5 - 1i, 2 + 7i}))
	fmt.Printf("%v %v\n", reflect.ValueOf(3+4i).Interface(), reflect.New(reflect.TypeOf(complex64(0))).Elem().Interface())
	for _, f := range []func(){
		func() { reflect.ValueOf(1).Complex() },
		func() { reflect.ValueOf(1 + 1i).SetComplex(2) },
		func() { reflect.ValueOf(&c).Elem().Field(0).SetFloat(2) },
		func() { reflect.ValueOf("s").OverflowComplex(2) },
	} {
		func() {
			defer func() { fmt.Println(recover()) }()
			f()
		}()
	}
}
