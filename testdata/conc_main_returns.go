package main

import "fmt"

func main() {
	block := make(chan int)
	for i := 0; i < 10; i++ {
		go func() {
			<-block
		}()
	}
	go func() {
		for {
		}
	}()
	go func() {
		select {}
	}()
	fmt.Println("main returns with goroutines blocked")
}
