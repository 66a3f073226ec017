package main

import "fmt"

func main() {
	c := make(chan int, 2)
	select {
	case v := <-c:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("empty: default")
	}
	select {
	case c <- 1:
		fmt.Println("sent 1")
	default:
		fmt.Println("full")
	}
	c <- 2
	select {
	case c <- 3:
		fmt.Println("sent 3")
	default:
		fmt.Println("full: default")
	}
	fmt.Println(len(c), cap(c))
	var nilChan chan int
	select {
	case nilChan <- 1:
		fmt.Println("nil send?")
	case v, ok := <-nilChan:
		fmt.Println("nil receive?", v, ok)
	default:
		fmt.Println("nil channels never ready")
	}
	fmt.Println(len(nilChan), cap(nilChan))
	out := make(chan string)
	counts := map[string]int{}
	for i := 0; i < 200; i++ {
		a := make(chan int, 1)
		b := make(chan int, 1)
		a <- 1
		b <- 2
		select {
		case <-a:
			counts["a"]++
		case <-b:
			counts["b"]++
		}
	}
	fmt.Println("both chosen:", counts["a"] > 10, counts["b"] > 10, counts["a"]+counts["b"])
	var x int
	var ok bool
	d := make(chan int, 1)
	d <- 42
	select {
	case x, ok = <-d:
	}
	fmt.Println(x, ok)
	close(d)
	select {
	case x, ok = <-d:
		fmt.Println("closed:", x, ok)
	}
	results := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			select {
			case results <- i * 10:
			case out <- "never":
			}
		}
		close(results)
	}()
	sum := 0
	for v := range results {
		sum += v
	}
	fmt.Println("sum", sum, "out", len(out))
	type pair struct{ a, b int }
	pc := make(chan pair, 1)
	pc <- pair{3, 4}
	p := <-pc
	fmt.Println(p.a + p.b)
	sc := make(chan struct{})
	go func() { close(sc) }()
	_, more := <-sc
	fmt.Println("struct{} closed:", more)
	var recvOnly <-chan int = c
	var sendOnly chan<- int = make(chan int, 1)
	sendOnly <- 5
	fmt.Println(<-recvOnly, len(sendOnly))
}
