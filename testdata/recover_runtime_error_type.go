// recover() returns runtime errors as runtime.Error values; other panics as they were.
package main

import (
	"fmt"
	"runtime"
)

func try(f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Println("runtime.Error:", re.Error())
			return
		}
		if e, ok := r.(error); ok {
			fmt.Println("error:", e)
			return
		}
		fmt.Println("other:", r)
	}()
	f()
}

func main() {
	var a []int
	i := 3
	try(func() { _ = a[i] })
	try(func() { panic(fmt.Errorf("plain")) })
	try(func() { panic("text") })
	var m map[int]int
	try(func() { m[1] = 2 })
	var e runtime.Error
	fmt.Println(e == nil)
}
