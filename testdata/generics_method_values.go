package main

// Method values and expressions of instantiated types, generic interfaces, instances as
// map keys and channel elements, pointer-method constraints, method values in bodies.

import "fmt"

type Box[T any] struct{ v T }

func (b Box[T]) Get() T       { return b.v }
func (b *Box[T]) Set(v T)     { b.v = v }
func (b Box[T]) String() string { return fmt.Sprint("Box(", b.v, ")") }

type Getter[T any] interface{ Get() T }

func Use[T any](g Getter[T]) T { return g.Get() }

func Twice[T any](f func() T) [2]T { return [2]T{f(), f()} }

type Num interface{ ~int | ~float64 }

func SumVia[T Num](xs []T, add func(T, T) T) T {
	var s T
	for _, x := range xs {
		s = add(s, x)
	}
	return s
}

func Add[T Num](a, b T) T { return a + b }

func Stringify[T fmt.Stringer](xs []T) []string {
	var out []string
	for _, x := range xs {
		f := x.String
		out = append(out, f())
	}
	return out
}

func Ptr[T any, PT interface{ *T; Set(T) }](v T) T {
	var x T
	PT(&x).Set(v)
	return x
}

type Cell struct{ v int }

func (c *Cell) Set(v Cell) { *c = v }

type Setter[T any] interface{ Set(T) }

func main() {
	b := &Box[int]{1}
	get := b.Get
	set := b.Set
	set(5)
	fmt.Println(get(), b.Get())
	fmt.Println(Box[string].Get(Box[string]{"e"}), (*Box[int]).Get(b))
	fmt.Println(Use[int](b), Use[string](Box[string]{"i"}))
	fmt.Println(Twice(b.Get))
	m := map[Box[int]]Getter[int]{{1}: Box[int]{2}}
	for k, v := range m {
		fmt.Println(k, v.Get())
	}
	ch := make(chan Box[float64], 1)
	ch <- Box[float64]{2.5}
	fmt.Println(<-ch)
	fmt.Println(SumVia([]float64{1, 2.5}, Add[float64]), SumVia([]int{1, 2}, Add[int]))
	fmt.Println(Stringify([]Box[int]{{1}, {2}}))
	fmt.Println(Ptr[Cell](Cell{7}))
	var s Setter[Box[int]] = &Box[Box[int]]{}
	s.Set(Box[int]{3})
	fmt.Printf("%v %T\n", s, s)
	var i any = Box[string]{"x"}
	if g, ok := i.(Getter[string]); ok {
		fmt.Println("getter", g.Get())
	}
	switch v := i.(type) {
	case Box[int]:
		fmt.Println("int box", v)
	case Box[string]:
		fmt.Println("string box", v)
	}
}
