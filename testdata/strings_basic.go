// Strings: concatenation, comparison, byte indexing, slicing, length and immutability by copy.
package main

import "fmt"

func main() {
	s := "Hello"
	t := s + ", " + "World"
	fmt.Println(t, len(t))
	u := t
	t += "!"
	fmt.Println(u, "|", t)
	fmt.Println(t[0], t[4], string(t[7]), t[len(t)-1])
	fmt.Println(t[:5], t[7:], t[3:8], t[:], t[len(t):] == "")
	words := []string{"pear", "apple", "Apple", "banana", "", "apples", "b"}
	for i := 0; i < len(words); i++ {
		for j := 0; j < len(words); j++ {
			if words[i] < words[j] {
				fmt.Print("<")
			} else if words[i] == words[j] {
				fmt.Print("=")
			} else {
				fmt.Print(">")
			}
		}
		fmt.Println(" ", words[i])
	}
	fmt.Println("abc" <= "abc", "abc" >= "abd", "ab" < "abc", "Z" < "a")
	var empty string
	fmt.Println(empty == "", len(empty), empty+"x")
	count := 0
	for i := 0; i < len(t); i++ {
		if t[i] == 'l' {
			count++
		}
	}
	fmt.Println("l count:", count)
	fmt.Println(indexOf(t, "World"), indexOf(t, "xyz"), indexOf(t, ""))
	fmt.Println(hasPrefix(t, "Hell"), hasPrefix(t, "hell"))
	raw := `raw\nstring
with "newline"`
	fmt.Println(raw, len(raw))
	esc := "\a\b\f\v\x41\101\u00e9\U0001F600"
	fmt.Println(len(esc), esc[4:])
	var b byte = t[1]
	b -= 32
	fmt.Println(string(b), b)
	sub := t[7:12]
	fmt.Println(sub == "World", sub != "world")
	line := ""
	for i := 0; i < 5; i++ {
		line += string(rune('a' + i))
		line = line + "-"
	}
	fmt.Println(line)
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func hasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}
