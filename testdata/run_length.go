// Run-length encoding and decoding over bytes and over runes, with digit parsing by hand.
package main

import "fmt"

func encode(s string) string {
	if s == "" {
		return ""
	}
	out := ""
	rs := []rune(s)
	run := 1
	for i := 1; i <= len(rs); i++ {
		if i < len(rs) && rs[i] == rs[i-1] {
			run++
			continue
		}
		if run > 1 {
			out += fmt.Sprint(run)
		}
		out += string(rs[i-1])
		run = 1
	}
	return out
}

func decode(s string) string {
	var out []rune
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n = n*10 + int(r-'0')
			continue
		}
		if n == 0 {
			n = 1
		}
		for ; n > 0; n-- {
			out = append(out, r)
		}
	}
	return string(out)
}

func main() {
	tests := []string{
		"", "a", "aaaa", "abc", "aaabbbcccd", "wwwwwwwwwwwwbwwwwwwwwwwwwbbbwwwwwwwwwwwwwwwwwwwwwwwwbwwwwwwwwwwwwww",
		"ééé世世!", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
	}
	for _, t := range tests {
		e := encode(t)
		d := decode(e)
		fmt.Printf("%q -> %q ok=%t ratio=%.2f\n", t, e, d == t, ratio(e, t))
	}
}

func ratio(a, b string) float64 {
	if len(b) == 0 {
		return 0
	}
	return float64(len(a)) / float64(len(b))
}
