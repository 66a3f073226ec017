// Indexing a string at its length panics with the string's length (in bytes) in the message.
package main

import "fmt"

func byteAt(s string, n int) byte {
	return s[n]
}

func main() {
	s := "héllo"
	for i := 0; i < len(s); i++ {
		fmt.Print(byteAt(s, i), " ")
	}
	fmt.Println()
	fmt.Println(len(s), len([]rune(s)))
	fmt.Println(byteAt(s, len([]rune(s))))
	fmt.Println(byteAt(s, len(s)))
}
