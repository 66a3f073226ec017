// fmt verbs on strings and bytes: %s %q %v %x %X with widths and flags.
package main

import "fmt"

func main() {
	words := []string{"", "a", "hello", "tab\there", "quote\"d", "new\nline", "héllo", "日本語", "\x00\x7f"}
	for _, w := range words {
		fmt.Printf("[%s] [%q] [%v] [%x] [%X] [%8s] [%-8s]|\n", w, w, w, w, w, w, w)
	}
	fmt.Printf("[%10q] [%-10q]\n", "go", "go")
	fmt.Printf("%s and %s\n", "this", "that")
	bs := []byte("bytes")
	fmt.Printf("%s %x %q\n", bs, bs, bs)
	fmt.Printf("%x\n", "\xff\xfe")
	fmt.Printf("%q\n", "\xff bad utf8")
	fmt.Printf("%q\n", `back\slash`)
	fmt.Printf("%v|%6v|%-6v|\n", "v", "v", "v")
	fmt.Printf("%05s|%08q\n", "ab", "ab")
	s := fmt.Sprintf("%s-%d-%t", "x", 3, false)
	fmt.Println(s, len(s))
	fmt.Printf("%%s literal, then %s\n", "arg")
	name, age := "Ada", 36
	line := fmt.Sprintf("%-6s|%4d|", name, age)
	fmt.Println(line)
	fmt.Printf("%q\n", "emoji 🙂 and \u00e9")
	fmt.Printf("%T %T\n", "s", bs[0])
}
