// Building strings by hand: repeat, join, pad, number formatting with separators, words to title case.
package main

import "fmt"

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func join(parts []string, sep string) string {
	if len(parts) == 0 {
		return ""
	}
	buf := []byte(parts[0])
	for _, p := range parts[1:] {
		buf = append(buf, sep...)
		buf = append(buf, p...)
	}
	return string(buf)
}

func padLeft(s string, width int, fill byte) string {
	for len(s) < width {
		s = string(fill) + s
	}
	return s
}

func withCommas(n int64) string {
	neg := n < 0
	if neg {
		n = -n
	}
	digits := fmt.Sprint(n)
	var out []byte
	for i := 0; i < len(digits); i++ {
		if i > 0 && (len(digits)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, digits[i])
	}
	if neg {
		return "-" + string(out)
	}
	return string(out)
}

func fields(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}

func title(s string) string {
	words := fields(s)
	for i, w := range words {
		b := []byte(w)
		if b[0] >= 'a' && b[0] <= 'z' {
			b[0] -= 'a' - 'A'
		}
		words[i] = string(b)
	}
	return join(words, " ")
}

func toUpperRunes(s string) string {
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case r >= 'a' && r <= 'z':
			rs[i] = r - 32
		case r >= 'à' && r <= 'þ' && r != '÷':
			rs[i] = r - 32
		}
	}
	return string(rs)
}

func main() {
	fmt.Println(repeat("ab", 3), repeat("-", 10), repeat("x", 0) == "")
	fmt.Println(join([]string{"a", "b", "c"}, ", "), join(nil, ","), join([]string{"solo"}, "+"))
	fmt.Println(padLeft("42", 6, '0'), padLeft("toolong", 3, ' '), "["+padLeft("", 3, '*')+"]")
	for _, n := range []int64{0, 999, 1000, -1234567, 9223372036854775807} {
		fmt.Println(withCommas(n))
	}
	ws := fields("  the quick  brown fox   ")
	fmt.Println(len(ws), join(ws, "|"))
	fmt.Println(title("hello wide world of go"))
	fmt.Println(toUpperRunes("crème brûlée, façade"))
	table := ""
	for i := 1; i <= 3; i++ {
		row := ""
		for j := 1; j <= 4; j++ {
			row += padLeft(fmt.Sprint(i*j), 4, ' ')
		}
		table += row + "\n"
	}
	fmt.Print(table)
	var sb []byte
	for i := 0; i < 26; i++ {
		sb = append(sb, byte('a'+i))
		if i%5 == 4 {
			sb = append(sb, ' ')
		}
	}
	fmt.Println(string(sb), len(sb))
	long := ""
	for i := 0; i < 1000; i++ {
		long += string(rune('0' + i%10))
	}
	fmt.Println(len(long), long[990:])
}
