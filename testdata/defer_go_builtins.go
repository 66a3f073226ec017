package main

import (
	"fmt"
	"time"
)

// Every builtin allowed in a defer or go statement (close, copy, delete, panic,
// print, println, recover), deferred and go'd, with its operands evaluated at the
// statement (the spec), including the f(g()) form of a multi-valued call.

var m = map[string]int{"a": 1, "b": 2, "c": 3}

func mapAndKey() (map[string]int, string) { return m, "c" }
func pair() (int, string)                 { return 7, "seven" }

var dst = make([]int, 2)

func slices() ([]int, []int) { return dst, []int{5, 6, 7} }

func deferredClose() {
	c := make(chan int, 1)
	func() {
		defer close(c)
		c <- 1
	}()
	v, ok := <-c
	w, ok2 := <-c
	fmt.Println("close:", v, ok, w, ok2)
}

func deferredCopy() {
	s := []int{1, 2, 3}
	src := []int{9, 9}
	func() {
		defer copy(s, src)
		src = []int{4, 4} // the slice bound at the defer statement is copied
		fmt.Println("copy before:", s)
	}()
	fmt.Println("copy after:", s)
	d := make([]int, 2)
	func() {
		defer copy(d, []int{8, 8, 8})
	}()
	fmt.Println("copy literal:", d)
	func() {
		defer copy(slices())
		fmt.Println("copy spread before:", dst)
	}()
	fmt.Println("copy spread after:", dst)
	dst[0], dst[1] = 0, 0
}

func deferredDelete() {
	k := "a"
	func() {
		defer delete(m, k)
		k = "b" // "a" is deleted: the key was evaluated at the defer statement
		fmt.Println("delete before:", len(m))
	}()
	_, hasA := m["a"]
	_, hasB := m["b"]
	fmt.Println("delete after:", len(m), hasA, hasB)
	func() {
		defer delete(mapAndKey())
	}()
	fmt.Println("delete spread:", len(m), m)
}

func deferredPanic(i int) (recovered interface{}) {
	defer func() { recovered = recover() }()
	defer panic(fmt.Sprint("deferred panic ", i))
	i = 100
	return nil
}

func deferredPanicError() (recovered interface{}) {
	defer func() { recovered = recover() }()
	var e error = fmt.Errorf("wrapped %d", 3)
	defer panic(e)
	e = nil
	return nil
}

func deferredPrint() {
	n := 1
	defer println("println:", n, true, 2.5, "end")
	defer print("print: ", n, " ", false, "\n")
	defer println(pair())
	defer print(pair())
	n = 2
}

func deferredRecover() (r interface{}) {
	defer func() { r = recover() }()
	defer recover() // not called by a deferred function directly: returns nil, stops nothing
	panic("still panicking")
}

func wait() { time.Sleep(20 * time.Millisecond) }

func goClose() {
	c := make(chan int)
	go close(c)
	_, ok := <-c
	fmt.Println("go close:", ok)
}

func goCopy() {
	s := []int{1, 2, 3}
	src := []int{6, 6}
	go copy(s, src)
	src = nil
	wait()
	fmt.Println("go copy:", s)
	go copy(slices())
	wait()
	fmt.Println("go copy spread:", dst)
}

func goDelete() {
	m2 := map[int]string{1: "x", 2: "y"}
	k := 1
	go delete(m2, k)
	k = 2
	wait()
	fmt.Println("go delete:", m2)
	m["z"] = 26
	go delete(m, "z")
	wait()
	fmt.Println("go delete const key:", len(m))
}

func goPrint() {
	n := 10
	go println("go println:", n)
	n = 11
	wait()
	go print("go print: ", n, "\n")
	wait()
	go println(pair())
	wait()
	go print(pair())
	wait()
	print("\n")
	go recover()
	wait()
}

func main() {
	deferredClose()
	deferredCopy()
	deferredDelete()
	fmt.Println(deferredPanic(1))
	fmt.Println(deferredPanicError())
	deferredPrint()
	fmt.Println("recover deferred:", deferredRecover())
	goClose()
	goCopy()
	goDelete()
	goPrint()
	fmt.Println("done")
}
