// A tokenizer over a source string: identifiers (Unicode letters), numbers, strings, operators, comments.
package main

import "fmt"

type Token struct {
	Kind string
	Text string
	Pos  int
}

func isLetter(r rune) bool {
	return r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r >= 0x80
}

func isDigit(c byte) bool {
	return c >= '0' && c <= '9'
}

func decodeRune(s string, i int) (rune, int) {
	for _, r := range s[i:] {
		n := len(string(r))
		if r == 0xFFFD {
			n = 1
		}
		return r, n
	}
	return 0, 0
}

func tokenize(src string) []Token {
	var toks []Token
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			i++
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case isDigit(c):
			start := i
			for i < len(src) && (isDigit(src[i]) || src[i] == '.') {
				i++
			}
			toks = append(toks, Token{"NUMBER", src[start:i], start})
		case c == '"':
			start := i
			i++
			for i < len(src) && src[i] != '"' {
				if src[i] == '\\' {
					i++
				}
				i++
			}
			i++
			toks = append(toks, Token{"STRING", src[start:i], start})
		default:
			r, size := decodeRune(src, i)
			if isLetter(r) {
				start := i
				for i < len(src) {
					r, size = decodeRune(src, i)
					if !isLetter(r) && !(r >= '0' && r <= '9') {
						break
					}
					i += size
				}
				word := src[start:i]
				kind := "IDENT"
				switch word {
				case "func", "var", "if", "else", "return", "for":
					kind = "KEYWORD"
				}
				toks = append(toks, Token{kind, word, start})
				continue
			}
			if i+1 < len(src) {
				two := src[i : i+2]
				if two == "==" || two == "!=" || two == "<=" || two == ">=" || two == ":=" || two == "&&" || two == "||" {
					toks = append(toks, Token{"OP", two, i})
					i += 2
					continue
				}
			}
			toks = append(toks, Token{"OP", src[i : i+size], i})
			i += size
		}
	}
	return toks
}

func main() {
	src := `func größe(x int) int {
	// a comment with ünïcode
	var s = "a \"quoted\" string"
	if x >= 10 && x != 42 { return x * 3.25 }
	π := 3.14159
	return len(s) + 1 // trailing
}`
	toks := tokenize(src)
	counts := [4]int{}
	for _, t := range toks {
		fmt.Printf("%-8s %3d %q\n", t.Kind, t.Pos, t.Text)
		switch t.Kind {
		case "IDENT":
			counts[0]++
		case "KEYWORD":
			counts[1]++
		case "NUMBER":
			counts[2]++
		default:
			counts[3]++
		}
	}
	fmt.Println("tokens:", len(toks), "ident:", counts[0], "keyword:", counts[1], "number:", counts[2], "other:", counts[3])
	fmt.Println(len(tokenize("")), len(tokenize("   // only comment")))
	for _, t := range tokenize("a€b") {
		fmt.Print(t.Kind, ":", t.Text, " ")
	}
	fmt.Println()
}
