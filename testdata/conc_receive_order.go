package main

import "fmt"

func main() {
	c := make(chan int, 10)
	for i := 0; i < 10; i++ {
		c <- i
	}
	f := func() int { return <-c * 100 }
	fmt.Println(<-c, f(), <-c)
	x := <-c + f()
	fmt.Println(x)
	a, b := <-c, f()
	fmt.Println(a, b)
	v, ok := <-c
	fmt.Println(v, ok)
	s := []int{<-c, f()}
	fmt.Println(s)
}
