// A negative variable index into an array panics at run time with the index alone in the message.
package main

import "fmt"

func main() {
	var arr [4]string
	for i := range arr {
		arr[i] = fmt.Sprint("item", i)
	}
	fmt.Println(arr[0], arr[3])
	k := 2
	for j := 0; j < 4; j++ {
		k--
		if k >= 0 {
			fmt.Println("k =", k, arr[k])
		}
	}
	fmt.Println("k =", k)
	fmt.Println(arr[k])
}
