// strconv without floats: ParseInt/ParseUint/Atoi over generated inputs, bases and bit sizes
// (values and error texts), Format*/Append* for every base, ParseBool, and the quoting functions
// over every rune, with Unquote/QuotedPrefix/UnquoteChar on generated literals.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var seed uint64 = 0xDEADBEEFCAFEF00D

func next(n int) int {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return int(seed % uint64(n))
}

func pick(pieces []string, max int) string {
	var b strings.Builder
	for i := next(max + 1); i > 0; i-- {
		b.WriteString(pieces[next(len(pieces))])
	}
	return b.String()
}

type hasher struct{ h uint64 }

func (h *hasher) add(v interface{}) {
	for _, c := range fmt.Sprint(v) {
		h.h = h.h*1099511628211 ^ uint64(c)
	}
	h.h = h.h*1099511628211 ^ 0x1f
}

func main() {
	parsing()
	formatting()
	quoting()
	unquoting()
}

func parsing() {
	for _, s := range []string{"", "0", "-0", "+5", "-", "+", "123", "-9223372036854775808", "9223372036854775807",
		"9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616",
		"0x1F", "0X1f", "0b101", "0o17", "017", "0x", "0b", "1_000", "0x_1F", "1__0", "_1", "1_", "0_1",
		"0b_1", "-0x8000000000000000", "zz", "ZZ", "1e3", " 1", "1 ", "０", "99999999999999999999999"} {
		i, err := strconv.ParseInt(s, 0, 64)
		u, err2 := strconv.ParseUint(s, 0, 64)
		a, err3 := strconv.Atoi(s)
		i8, err4 := strconv.ParseInt(s, 10, 8)
		z, err5 := strconv.ParseInt(s, 36, 32)
		fmt.Printf("%q: %d %v | %d %v | %d %v | %d %v | %d %v\n", s, i, err, u, err2, a, err3, i8, err4, z, err5)
	}
	for _, base := range []int{-1, 1, 37} {
		_, err := strconv.ParseInt("1", base, 64)
		_, err2 := strconv.ParseUint("1", base, 64)
		fmt.Println(err, "|", err2)
	}
	for _, bits := range []int{-1, 65, 100} {
		_, err := strconv.ParseInt("1", 10, bits)
		_, err2 := strconv.ParseUint("1", 10, bits)
		fmt.Println(err, "|", err2)
	}
	_, err := strconv.Atoi("123456789012345678901234567890")
	var numErr *strconv.NumError
	fmt.Println(err, errors.Is(err, strconv.ErrRange), errors.As(err, &numErr), numErr.Func, numErr.Num, numErr.Err)
	_, err = strconv.ParseInt("x", 10, 64)
	fmt.Println(errors.Is(err, strconv.ErrSyntax), errors.Unwrap(err) == strconv.ErrSyntax)
	pieces := []string{"0", "1", "7", "9", "a", "f", "z", "_", "-", "+", "x", "b", "o", "X", "9", "8", " "}
	var h [6]hasher
	for i := 0; i < 30000; i++ {
		s := pick(pieces, 6)
		base := []int{0, 2, 8, 10, 16, 36}[next(6)]
		bits := []int{0, 8, 16, 32, 64}[next(5)]
		v, err := strconv.ParseInt(s, base, bits)
		h[0].add(v)
		h[0].add(err)
		u, err := strconv.ParseUint(s, base, bits)
		h[1].add(u)
		h[1].add(err)
		a, err := strconv.Atoi(s)
		h[2].add(a)
		h[2].add(err)
		if i < 25 {
			fmt.Printf("%q %d %d: %d %v\n", s, base, bits, v, err)
		}
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", "", "tRUE"} {
		b, err := strconv.ParseBool(s)
		fmt.Print(b, err, " ")
	}
	fmt.Println()
	fmt.Println(h[0].h, h[1].h, h[2].h, strconv.IntSize)
}

func formatting() {
	values := []int64{0, 1, -1, 7, 10, 99, 100, -100, 255, 4096, 1<<31 - 1, -1 << 31, 1<<63 - 1, -1 << 63, 123456789}
	for _, v := range values {
		fmt.Print(strconv.Itoa(int(v)), " ", strconv.FormatInt(v, 2), " ", strconv.FormatInt(v, 16), " ",
			strconv.FormatInt(v, 36), " ", strconv.FormatInt(v, 7), " ", strconv.FormatUint(uint64(v), 10), " ",
			strconv.FormatUint(uint64(v), 32), " ", string(strconv.AppendInt([]byte("x"), v, 3)), " ",
			string(strconv.AppendUint(nil, uint64(v), 8)), "\n")
	}
	var h hasher
	for i := 0; i < 20000; i++ {
		v := int64(seed)
		next(2)
		base := 2 + next(35)
		h.add(strconv.FormatInt(v>>uint(next(64)), base))
		h.add(strconv.FormatUint(uint64(v)>>uint(next(64)), base))
	}
	fmt.Println(h.h, strconv.FormatBool(true), string(strconv.AppendBool([]byte("b:"), false)))
	for _, base := range []int{1, 37, 0, -2} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			strconv.FormatInt(12, base)
		}()
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			strconv.AppendUint(nil, 12, base)
		}()
	}
}

func quoting() {
	samples := []string{"", "hello", "tab\there", "new\nline", `back\slash`, `"quoted"`, "'single'", "héllo",
		"日本語", "\x00\x01\x7f", "\xff\xfe", "\u00a0nbsp", "\u2028", "\ufeffbom", "\U0001F600", "\a\b\f\r\v",
		"a`b", "\u0300combining", "\U000E0001", "\u200b"}
	for _, s := range samples {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s),
			string(strconv.AppendQuote([]byte("<"), s)), string(strconv.AppendQuoteToASCII(nil, s)),
			string(strconv.AppendQuoteToGraphic(nil, s)))
	}
	var q, qa, qg, r, ra, rg hasher
	printable, graphic := 0, 0
	for c := rune(-2); c <= 0x110002; c++ {
		if strconv.IsPrint(c) {
			printable++
		}
		if strconv.IsGraphic(c) {
			graphic++
		}
		if c%7 == 0 || c < 0x3000 {
			s := string(c)
			q.add(strconv.Quote(s))
			qa.add(strconv.QuoteToASCII(s))
			qg.add(strconv.QuoteToGraphic(s))
		}
		r.add(strconv.QuoteRune(c))
		ra.add(strconv.QuoteRuneToASCII(c))
		rg.add(strconv.QuoteRuneToGraphic(c))
	}
	fmt.Println(printable, graphic, q.h, qa.h, qg.h, r.h, ra.h, rg.h)
	for _, c := range []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 0xa0, 0x2028, 0xd800, 0x10ffff, 0x110000, -1, 0xfffd, 0xe0001} {
		fmt.Print(strconv.QuoteRune(c), strconv.QuoteRuneToASCII(c), strconv.QuoteRuneToGraphic(c),
			string(strconv.AppendQuoteRune(nil, c)), string(strconv.AppendQuoteRuneToASCII(nil, c)),
			string(strconv.AppendQuoteRuneToGraphic(nil, c)), " ")
	}
	fmt.Println()
}

func unquoting() {
	for _, s := range []string{`""`, `"abc"`, `"a\nb"`, `"\x41\101\u00e9\U0001F600"`, `"\xff"`, `"\400"`, `"\8"`,
		`'a'`, `'ab'`, `'\''`, `'"'`, `"'"`, `"\'"`, `'\"'`, "`raw\\n`", "`a\rb`", "`unterminated", `"unterminated`,
		`"`, `'`, "", `x`, `"a"b`, `'\u12'`, `'\ud800'`, `"\ud800"`, `'\xff'`, "'\xff'", "\"\xff\"", `'é'`, `''`,
		"\"new\nline\"", `"\q"`, `"trailing\"`, `"\U00110000"`, `'\377'`, `'\400'`, "`a`rest", `"a"rest`} {
		u, err := strconv.Unquote(s)
		p, err2 := strconv.QuotedPrefix(s)
		fmt.Printf("%q: %q %v | %q %v\n", s, u, err, p, err2)
	}
	for _, c := range []struct {
		s string
		q byte
	}{{`\n`, '"'}, {`\'`, '"'}, {`\'`, '\''}, {`"`, '"'}, {`'`, '"'}, {`é`, 0}, {`\x4`, 0}, {`\x41z`, 0},
		{`\u0041`, 0}, {`\U00000041`, '`'}, {`\777`, 0}, {`\17`, 0}, {``, 0}, {`\`, 0}, {"\xffx", 0}} {
		v, mb, tail, err := strconv.UnquoteChar(c.s, c.q)
		fmt.Printf("%q %q: %q %v %q %v\n", c.s, c.q, v, mb, tail, err)
	}
	pieces := []string{`"`, `'`, "`", `\`, "n", "x", "4", "1", "7", "u", "U", "0", "a", "é", "\xff", "\n", "\r", "'", "8"}
	var h hasher
	roundTrips := 0
	for i := 0; i < 30000; i++ {
		s := pick(pieces, 7)
		u, err := strconv.Unquote(s)
		h.add(u)
		h.add(err)
		p, err := strconv.QuotedPrefix(s + "tail")
		h.add(p)
		h.add(err)
		h.add(strconv.CanBackquote(s))
		if back, err := strconv.Unquote(strconv.Quote(s)); err == nil && back == s {
			roundTrips++
		}
		if back, err := strconv.Unquote(strconv.QuoteToASCII(s)); err == nil && back == s {
			roundTrips++
		}
	}
	fmt.Println(h.h, roundTrips)
}
