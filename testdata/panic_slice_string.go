// Slicing a string beyond its length panics with the string length in the message.
package main

import "fmt"

func main() {
	s := "hello"
	end := 1
	for end < 10 {
		fmt.Printf("%q\n", s[1:end])
		end += 2
	}
	fmt.Println("not reached")
}
