// Interface comparison: == and != between interfaces of the same and of
// different interface types, against concrete values and nil, with every kind of
// comparable dynamic type (structs and arrays compare fieldwise, floats by value,
// pointers by address), in switches, and recovered panics for uncomparable ones.
package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

type Key struct {
	Name string
	P    Point
	Any  any
}

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Ptr struct{ n int }

func (p *Ptr) Area() float64 { return float64(p.n) }

var ErrA = errors.New("a")
var ErrB = errors.New("a")

type MyInt int

func tryCompare(a, b any) (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("panic: ", r)
		}
	}()
	return fmt.Sprint(a == b)
}

func main() {
	var a, b any
	fmt.Println(a == b, a != nil, a == nil)
	a, b = 1, 1
	fmt.Println(a == b, a == 1, 1 == a, a == 2, a != 2)
	b = int64(1)
	fmt.Println(a == b, b == int64(1), a == MyInt(1), MyInt(1) == any(MyInt(1)))
	a, b = "go", "g"+"o"
	fmt.Println(a == b, a == "go", a != "Go")
	a, b = 0.5, 0.5
	fmt.Println(a == b, a == 0.5)
	nan := 0.0
	nan = nan / nan
	a, b = nan, nan
	fmt.Println(a == b, a == a)
	a, b = Point{1, 2}, Point{1, 2}
	fmt.Println(a == b, a == Point{2, 1}, a == any(Point{1, 2}))
	a, b = [3]string{"x", "y"}, [3]string{"x", "y"}
	fmt.Println(a == b, a == [3]string{"x"})
	a, b = Key{"k", Point{1, 1}, 5}, Key{"k", Point{1, 1}, 5}
	fmt.Println(a == b, a == Key{"k", Point{1, 1}, "5"})
	p := &Point{}
	a, b = p, p
	fmt.Println(a == b, a == any(&Point{}), a == p)
	a, b = true, false
	fmt.Println(a == b, a == true)

	var s1, s2 Shape = Sq{2}, Sq{2}
	fmt.Println(s1 == s2, s1 == Sq{2}, s1 != Sq{3}, s1 == nil)
	pp := &Ptr{4}
	s1, s2 = pp, &Ptr{4}
	fmt.Println(s1 == s2, s1 == pp, s1.Area() == s2.Area())
	var e any = s1
	fmt.Println(e == s1, s1 == e, e == any(pp))

	var err error = ErrA
	fmt.Println(err == ErrA, err == ErrB, err != nil, ErrA.Error() == ErrB.Error())

	switch a := any(Point{3, 4}); a {
	case Point{4, 3}:
		fmt.Println("swapped")
	case Point{3, 4}:
		fmt.Println("found point")
	}
	switch x := any(MyInt(2)); x {
	case 2:
		fmt.Println("int 2")
	case MyInt(2):
		fmt.Println("MyInt 2")
	}

	fmt.Println(tryCompare([]int{1}, []int{1}))
	fmt.Println(tryCompare(map[int]int{}, 1))
	fmt.Println(tryCompare(Key{Any: []int{}}, Key{Any: []int{}}))
	fmt.Println(tryCompare(Key{Any: []int{}}, Key{Any: 1}))
	fmt.Println(tryCompare(func() {}, nil))
	fmt.Println(tryCompare([1]any{[]string{}}, [1]any{[]string{}}))
}
