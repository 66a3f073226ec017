package main

import (
	"fmt"
	"sync"
)

type T struct{ c complex64 }

func (t T) Scaled(k complex64) complex64 { return t.c * k }

func show(label string, c complex128, d complex64) { fmt.Println(label, c, d) }

type F float32

func pair() (float64, float64) { return 1.5, -2 }

func fpair() (F, F) { return 3, 4 }

func main() {
	c, d := complex(pair()), complex(fpair())
	fmt.Printf("%v %T %v %T\n", c, c, d, d)
	var wg sync.WaitGroup
	wg.Add(1)
	go func(c complex128) {
		defer wg.Done()
		show("go", c, complex64(c))
	}(3 + 4i)
	wg.Wait()
	defer show("defer", 1i, 2i)
	t := T{1 + 1i}
	f := t.Scaled
	g := T.Scaled
	fmt.Println(f(2), g(t, 1i))
	var iface interface{ Scaled(complex64) complex64 } = t
	fmt.Println(iface.Scaled(-1))
	results := make(chan complex64)
	go func() { results <- iface.Scaled(2i) }()
	select {
	case r := <-results:
		fmt.Println("select", r)
	}
}
