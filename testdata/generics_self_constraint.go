package main

import "fmt"

type Lesser[T any] interface {
	Less(T) bool
}

func SortL[T Lesser[T]](xs []T) []T {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j].Less(xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
	return xs
}

type Age int

func (a Age) Less(b Age) bool { return a < b }

type Person struct {
	Name string
	Age  int
}

func (p Person) Less(q Person) bool { return p.Name < q.Name }

type Getter[T any] interface{ Get() T }

type Both interface {
	Getter[int]
	fmt.Stringer
}

type num int

func (n num) Get() int         { return int(n) }
func (n num) String() string   { return fmt.Sprint("num", int(n)) }

func MinOf[T interface{ comparable; Less(T) bool }](xs ...T) T {
	m := xs[0]
	for _, x := range xs {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

func main() {
	fmt.Println(SortL([]Age{30, 10, 20}))
	fmt.Println(SortL([]Person{{"bo", 3}, {"al", 5}}))
	var b Both = num(4)
	fmt.Println(b.Get(), b)
	fmt.Println(MinOf(Age(3), Age(1)), MinOf(Person{"z", 1}, Person{"y", 2}))
}
