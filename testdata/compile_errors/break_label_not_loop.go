package main

import "fmt"

func main() {
done:
	fmt.Println("start")
	for i := 0; i < 3; i++ {
		if i == 1 {
			break done
		}
	}
}
