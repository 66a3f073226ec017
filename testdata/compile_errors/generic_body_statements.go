package main

// Constants, conversions, switches, ranges and channel operations on type-parameter
// operands in generic bodies.

import "fmt"

type Num interface{ ~int | ~float64 }

func A[T Num](x T) {
	const c T = 1
	fmt.Println(c)
}

func B[T Num](x T) {
	switch x {
	case 1, 2:
	}
	_ = x == 1
	_ = 1 << x
	_ = []T{1, 2}
	_ = [2]T{1}
	_ = map[T]string{1: "a", 2: "b"}
}

func C[T ~[4]int](x T) {
	var a [len(x)]int
	_ = a
	_ = T{1, 2}
	for i, v := range x {
		_, _ = i, v
	}
	_ = x[1:2]
}

func D[T ~string](x T) {
	_ = x[1:2]
	_ = x + x
	for _, r := range x {
		_ = r
	}
	_ = []byte(x)
	_ = T([]rune{'a'})
}

func E[T any](x T) {
	_ = &x
	p := &x
	_ = *p
	var i interface{} = x
	_ = i.(T)
	_ = fmt.Sprint(x)
	go func() { _ = x }()
	defer func() { _ = x }()
}

func F[T ~int8](x T) {
	_ = x + 300
	_ = T(300)
	var y T = 127
	_ = y
}

func G[T interface{ ~chan int }](c T) {
	c <- 1
	<-c
	select {
	case v := <-c:
		_ = v
	}
}

func H[T Num](x T) {
	x = 1.5
	_ = x / 0
	_ = -x
	_ = ^x
}

func main() {}
